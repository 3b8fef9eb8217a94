import { describe, expect, it } from 'vitest';
import { countQueues } from '../../main/db/paperQueries';
import { deletePapers } from '../../main/library/deletePapers';
import { commitImport } from '../../main/library/importText';
import { addNote, deleteNote, updateNote } from '../../main/library/notes';
import { moveInQueue, setStatus } from '../../main/library/queues';
import { addTags, deleteTag, listTags, removeTags, renameTag, setTagColor } from '../../main/library/tags';
import { UNDO_DEPTH, redo, undo, undoState } from '../../main/library/undo';
import type { LibraryDb } from '../../main/db/openLibrary';
import { MINI_PAGE } from '../fixtures/miniPage';
import { seedMiniPage, snapshot } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

function seeded() {
  const { db, path } = tempLibrary();
  const ids = seedMiniPage(db);
  return { db, path, ids: ids as [number, number, number] };
}

/** Every mutation: after it, undo restores the library exactly, and redo brings the change back exactly. */
const MUTATIONS: [string, (db: LibraryDb, ids: [number, number, number]) => void | Promise<void>][] = [
  ['a status change', (db, [a, b]) => setStatus(db, [a, b], 'reading')],
  ['a move to the top of Unread', (db, [, , c]) => moveInQueue(db, c, { to: 'top' })],
  ['a move before another paper', (db, [a, , c]) => moveInQueue(db, c, { before: a })],
  ['adding tags to several papers', (db, ids) => addTags(db, ids, ['rl', 'offline'])],
  [
    'removing a tag',
    (db, ids) => {
      addTags(db, ids, ['rl']);
      removeTags(db, [ids[0]], ['RL']);
    },
  ],
  [
    'renaming a tag into another (a merge)',
    (db, [a, b]) => {
      addTags(db, [a], ['RL']);
      addTags(db, [b], ['reinforcement']);
      renameTag(db, 'reinforcement', 'rl');
    },
  ],
  [
    'deleting a tag',
    (db, ids) => {
      addTags(db, ids, ['doomed']);
      deleteTag(db, 'doomed');
    },
  ],
  [
    'coloring a tag',
    (db, ids) => {
      addTags(db, ids, ['rl']);
      setTagColor(db, 'rl', '#ff8800');
    },
  ],
  ['adding a note', (db, [a]) => addNote(db, a, 'Read section 3', 'Zeta-Net')],
  [
    'editing a note',
    (db, [a]) => {
      const note = addNote(db, a, 'first');
      updateNote(db, note.id, 'second', new Date(Date.now() + 60_000));
    },
  ],
  [
    'deleting a note',
    (db, [a]) => {
      const note = addNote(db, a, 'to go');
      deleteNote(db, note.id);
    },
  ],
  [
    'deleting papers with their tags and notes',
    (db, [a, b]) => {
      addTags(db, [a, b], ['rl']);
      addNote(db, a, 'precious');
      deletePapers(db, [a, b]);
    },
  ],
  [
    'a whole import',
    async (db) => {
      await commitImport(db, 'A Brand New Paper\nAnother Brand New Paper');
    },
  ],
];

describe('undo and redo', () => {
  it.each(MUTATIONS)('undo restores the library after %s, and redo repeats it', async (_name, mutate) => {
    const { db, ids } = seeded();
    await mutate(db, ids);
    const after = snapshot(db);
    const tagsAfter = listTags(db);
    // Undo everything this mutation did (some cases take two or three steps to set up).
    const steps: string[] = [];
    while (undoState(db).undoLabel !== 'Import 3 papers') steps.push(undo(db));
    const before = snapshot(db);
    expect({ after, tagsAfter }).not.toEqual({ before, tagsBefore: listTags(db) });
    for (let index = 0; index < steps.length; index += 1) redo(db);
    expect(snapshot(db)).toEqual(after);
    expect(listTags(db)).toEqual(tagsAfter);
    for (let index = 0; index < steps.length; index += 1) undo(db);
    expect(snapshot(db)).toEqual(before);
  });

  it('undoes an import completely, and can undo back to an empty library', () => {
    const { db } = seeded();
    expect(undo(db)).toBe('Import 3 papers');
    expect(countQueues(db).all).toBe(0);
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
    expect(redo(db)).toBe('Import 3 papers');
    expect(countQueues(db).unread).toBe(3);
  });

  it('says clearly when there is nothing to undo or redo, and changes nothing', async () => {
    const { db } = tempLibrary();
    expect(() => undo(db)).toThrow('Nothing to undo.');
    expect(() => redo(db)).toThrow('Nothing to redo.');
    await commitImport(db, MINI_PAGE);
    expect(() => redo(db)).toThrow('Nothing to redo.');
    expect(countQueues(db).all).toBe(3);
  });

  it('forgets what was undone once a new change is made', () => {
    const { db, ids } = seeded();
    setStatus(db, [ids[0]], 'read');
    undo(db);
    setStatus(db, [ids[1]], 'reading');
    expect(undoState(db)).toEqual({ undoLabel: 'Move 1 paper to Reading', redoLabel: null });
  });

  it('labels each step for the toast and the CLI', () => {
    const { db, ids } = seeded();
    addTags(db, ids, ['rl']);
    expect(undoState(db).undoLabel).toBe('Tag 3 papers rl');
    expect(undo(db)).toBe('Tag 3 papers rl');
    expect(undoState(db)).toEqual({ undoLabel: 'Import 3 papers', redoLabel: 'Tag 3 papers rl' });
  });

  it('makes quick edits to one note a single step, and a later edit another', () => {
    const { db, ids } = seeded();
    const start = Date.now();
    const note = addNote(db, ids[0], '');
    updateNote(db, note.id, 'R', new Date(start + 100));
    updateNote(db, note.id, 'Re', new Date(start + 200));
    updateNote(db, note.id, 'Read', new Date(start + 300));
    updateNote(db, note.id, 'Read it', new Date(start + 60_000));
    undo(db);
    expect(db.prepare('SELECT body FROM notes').pluck().get()).toBe('Read');
    undo(db);
    expect(db.prepare('SELECT body FROM notes').pluck().get()).toBe('');
  });

  it('records a change that changes nothing as no step at all', () => {
    const { db, ids } = seeded();
    setStatus(db, [ids[0]], 'unread');
    expect(undoState(db).undoLabel).toBe('Import 3 papers');
  });

  it(`keeps at least the last ${UNDO_DEPTH} changes`, () => {
    const { db, ids } = seeded();
    for (let index = 0; index < UNDO_DEPTH + 20; index += 1)
      setStatus(db, [ids[0]], index % 2 ? 'unread' : 'read');
    let undone = 0;
    while (undoState(db).undoLabel !== null) {
      undo(db);
      undone += 1;
    }
    expect(undone).toBe(UNDO_DEPTH);
  });

  it('survives closing and reopening the library', async () => {
    const { db, path, ids } = seeded();
    setStatus(db, [ids[0]], 'read');
    db.close();
    const { openLibrary } = await import('../../main/db/openLibrary');
    const reopened = openLibrary(path);
    expect(undo(reopened)).toBe('Move 1 paper to Read');
    expect(countQueues(reopened).read).toBe(0);
    reopened.close();
  });
});
