import { describe, expect, it } from 'vitest';
import { countQueues, getPaper } from '../../main/db/paperQueries';
import { deletePapers } from '../../main/library/deletePapers';
import { commitImport } from '../../main/library/importText';
import { addNote, deleteNote, updateNote } from '../../main/library/notes';
import { moveInQueue, setStatus } from '../../main/library/queues';
import { addTags, deleteTag, listTags, removeTags, renameTag, setTagColor } from '../../main/library/tags';
import { UNDO_DEPTH, redo, undo, undoState } from '../../main/library/undo';
import type { LibraryDb } from '../../main/db/openLibrary';
import { MINI_PAGE } from '../fixtures/miniPage';
import { snapshot, useSeededLibrary, type MiniPageIds } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const seeded = useSeededLibrary();

/**
 * Every mutation, each one undoable step, with what it needs set up first. Undo must return the
 * library exactly to how it was just before the mutation, and redo exactly to how it became.
 */
const MUTATIONS: [
  string,
  { setup?: (db: LibraryDb, ids: MiniPageIds) => void; mutate: (db: LibraryDb, ids: MiniPageIds) => unknown },
][] = [
  ['a status change', { mutate: (db, [a, b]) => setStatus(db, [a, b], 'reading') }],
  ['a move to the top of Unread', { mutate: (db, [, , c]) => moveInQueue(db, c, { to: 'top' }) }],
  ['a move before another paper', { mutate: (db, [a, , c]) => moveInQueue(db, c, { before: a }) }],
  ['adding tags to several papers', { mutate: (db, ids) => addTags(db, ids, ['rl', 'offline']) }],
  [
    'removing a tag',
    { setup: (db, ids) => addTags(db, ids, ['rl']), mutate: (db, [a]) => removeTags(db, [a], ['RL']) },
  ],
  [
    'renaming a tag into another (a merge)',
    {
      setup: (db, [a, b]) => {
        addTags(db, [a], ['RL']);
        addTags(db, [b], ['reinforcement']);
      },
      mutate: (db) => renameTag(db, 'reinforcement', 'rl', { merge: true }),
    },
  ],
  [
    'deleting a tag',
    { setup: (db, ids) => addTags(db, ids, ['doomed']), mutate: (db) => deleteTag(db, 'doomed') },
  ],
  [
    'coloring a tag',
    { setup: (db, ids) => addTags(db, ids, ['rl']), mutate: (db) => setTagColor(db, 'rl', '#ff8800') },
  ],
  ['adding a note', { mutate: (db, [a]) => addNote(db, a, 'Read section 3', 'Zeta-Net') }],
  [
    'editing a note',
    {
      setup: (db, [a]) => addNote(db, a, 'first'),
      mutate: (db, [a]) => {
        const [note] = getPaper(db, a)?.notes ?? [];
        updateNote(db, note?.id ?? 0, 'second', new Date(Date.now() + 60_000));
      },
    },
  ],
  [
    'deleting a note',
    {
      setup: (db, [a]) => addNote(db, a, 'to go'),
      mutate: (db, [a]) => deleteNote(db, getPaper(db, a)?.notes[0]?.id ?? 0),
    },
  ],
  [
    'deleting papers with their tags and notes',
    {
      setup: (db, [a, b]) => {
        addTags(db, [a, b], ['rl']);
        addNote(db, a, 'precious');
      },
      mutate: (db, [a, b]) => deletePapers(db, [a, b]),
    },
  ],
  [
    'a whole import',
    {
      mutate: async (db) => {
        await commitImport(db, 'A Brand New Paper\nAnother Brand New Paper');
      },
    },
  ],
];

describe('undo and redo', () => {
  it.each(MUTATIONS)(
    'undo restores the library after %s, and redo repeats it',
    async (_name, { setup, mutate }) => {
      const { db, ids } = seeded();
      setup?.(db, ids);
      const library = () => ({ papers: snapshot(db), tags: listTags(db) });
      const before = library();
      await mutate(db, ids);
      const after = library();
      expect(after).not.toEqual(before);
      undo(db);
      expect(library()).toEqual(before);
      redo(db);
      expect(library()).toEqual(after);
      undo(db);
      expect(library()).toEqual(before);
    },
  );

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
