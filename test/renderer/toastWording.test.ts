import { describe, expect, it } from 'vitest';
import { deletePapers } from '../../main/library/deletePapers';
import { commitImport } from '../../main/library/importText';
import { addNote, deleteNote, updateNote } from '../../main/library/notes';
import { moveInQueue, setStatus } from '../../main/library/queues';
import { setCitekey } from '../../main/library/setCitekey';
import { addTags, deleteTag, removeTags, renameTag, setTagColor } from '../../main/library/tags';
import { undoState } from '../../main/library/undo';
import type { LibraryDb } from '../../main/db/openLibrary';
import { getPaper } from '../../main/db/paperQueries';
import { doneMessage, stepMessage } from '../../renderer/src/toastWording';
import { buildPage } from '../fixtures/miniPage';
import { seedMiniPage } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

describe('doneMessage', () => {
  it.each([
    ['Import 249 papers', 'Imported 249 papers'],
    ['Move 1 paper to Reading', 'Moved 1 paper to Reading'],
    ['Tag 3 papers rl', 'Tagged 3 papers rl'],
    ['Untag 1 paper rl', 'Untagged 1 paper rl'],
    ['Reorder Unread', 'Reordered Unread'],
  ])('%s → %s', (label, message) => {
    expect(doneMessage(label)).toBe(message);
  });

  it('leaves a label it has no past tense for as it is', () => {
    expect(doneMessage('Frobnicate 2 papers')).toBe('Frobnicate 2 papers');
  });

  it('says undo and redo as the CLI does', () => {
    expect(stepMessage('undo', 'Move 1 paper to Read')).toBe('Undid: Move 1 paper to Read');
    expect(stepMessage('redo', 'Tag 1 paper rl')).toBe('Redid: Tag 1 paper rl');
  });
});

/** Every change the core records, so a new kind of change cannot reach a toast in the imperative. */
const CHANGES: [string, (db: LibraryDb, ids: number[]) => unknown][] = [
  ['import', (db) => commitImport(db, buildPage(2))],
  ['status', (db, ids) => setStatus(db, ids.slice(0, 1), 'read')],
  ['read next', (db, ids) => moveInQueue(db, ids[2] ?? 0, { to: 'top' })],
  ['reorder', (db, ids) => moveInQueue(db, ids[2] ?? 0, { before: ids[0] ?? 0 })],
  ['delete', (db, ids) => deletePapers(db, ids.slice(0, 1))],
  ['tag', (db, ids) => addTags(db, ids, ['rl'])],
  ['untag', (db, ids) => (addTags(db, ids, ['rl']), removeTags(db, ids, ['rl']))],
  ['rename tag', (db, ids) => (addTags(db, ids, ['rl']), renameTag(db, 'rl', 'RL2'))],
  ['delete tag', (db, ids) => (addTags(db, ids, ['rl']), deleteTag(db, 'rl'))],
  ['color tag', (db, ids) => (addTags(db, ids, ['rl']), setTagColor(db, 'rl', '#aa0000'))],
  ['citation key', (db, ids) => setCitekey(db, ids[0] ?? 0, 'newKey2026')],
  ['note', (db, ids) => addNote(db, ids[0] ?? 0, 'x')],
  [
    'note on selection',
    (db, ids) => {
      const abstract = getPaper(db, ids[0] ?? 0)?.abstract ?? '';
      addNote(db, ids[0] ?? 0, 'x', abstract.slice(0, 20));
    },
  ],
  ['edit note', (db, ids) => updateNote(db, addNote(db, ids[0] ?? 0, '').id, 'body')],
  ['delete note', (db, ids) => deleteNote(db, addNote(db, ids[0] ?? 0, '').id)],
];

describe('every change the core records has a past tense for its toast', () => {
  it.each(CHANGES)('%s', async (_name, change) => {
    const { db } = tempLibrary();
    const ids = seedMiniPage(db);
    await change(db, ids);
    const { undoLabel } = undoState(db);
    expect(undoLabel).not.toBeNull();
    expect(doneMessage(undoLabel ?? ''), `no past tense for "${undoLabel}"`).not.toBe(undoLabel);
  });
});
