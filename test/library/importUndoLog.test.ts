import { describe, expect, it } from 'vitest';
import { TRACKED_TABLES } from '../../main/db/migrations/changeTriggers';
import type { LibraryDb } from '../../main/db/openLibrary';
import { commitImport } from '../../main/library/importText';
import { addNote } from '../../main/library/notes';
import { addTags } from '../../main/library/tags';
import { redo, undo } from '../../main/library/undo';
import { syntheticExport } from '../bench/importFiles';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const PAPERS = 1500;

/** Every row of every table undo restores, in key order: "exactly as it was" means these are equal. */
function everyRow(db: LibraryDb): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(TRACKED_TABLES)) {
    rows[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${key.join(', ')}`).all();
  }
  return rows;
}

function importLog(db: LibraryDb) {
  return db
    .prepare(
      `SELECT count(*) AS rows, coalesce(sum(length(old_row)), 0) + coalesce(sum(length(new_row)), 0)
                + coalesce(sum(length(parts)), 0) AS bytes
       FROM operation_changes WHERE operation_id = (SELECT max(id) FROM operations)`,
    )
    .get() as { rows: number; bytes: number };
}

describe('the undo log of an import', () => {
  it('holds each imported paper as its id only, not a second copy of its row and parts', async () => {
    const { db } = tempLibrary();
    await commitImport(db, syntheticExport(PAPERS));
    const tags = db.prepare('SELECT count(*) FROM tags').pluck().get() as number;
    const { rows, bytes } = importLog(db);
    // One row for the import, one per new tag, one per paper; nothing for creators, links, notes.
    expect(rows).toBe(1 + tags + PAPERS);
    const stored = db
      .prepare(`SELECT sum(length(title) + coalesce(length(abstract), 0)) FROM papers`)
      .pluck()
      .get() as number;
    // A paper's log entry is its id ({"id":1234}); the titles and abstracts alone are far larger.
    expect(bytes).toBeLessThan(PAPERS * 20 + tags * 100 + 500);
    expect(bytes * 20).toBeLessThan(stored);
  });

  it('undo restores the library exactly, redo puts back every row, and both repeat', async () => {
    const { db } = tempLibrary();
    await commitImport(db, 'An Earlier Paper\nA Second Earlier Paper');
    addTags(db, [1], ['topic-3']);
    const before = everyRow(db);
    await commitImport(db, syntheticExport(PAPERS));
    const after = everyRow(db);
    expect(after.papers).toHaveLength(PAPERS + 2);
    expect(after.paper_creators?.length).toBeGreaterThan(PAPERS);
    expect(after.notes?.length).toBeGreaterThan(0);

    undo(db);
    expect(everyRow(db)).toEqual(before);
    redo(db);
    expect(everyRow(db)).toEqual(after);
    // Once redone, the log is lean again: ids only.
    expect(importLog(db).bytes).toBeLessThan(PAPERS * 20 + 5000);
    undo(db);
    expect(everyRow(db)).toEqual(before);
    redo(db);
    expect(everyRow(db)).toEqual(after);
  });

  it('undoes later changes to imported papers first, then the import, exactly', async () => {
    const { db } = tempLibrary();
    const before = everyRow(db);
    await commitImport(db, syntheticExport(200));
    const imported = everyRow(db);
    addNote(db, 5, 'a later note');
    addTags(db, [5, 6], ['later']);
    undo(db);
    undo(db);
    expect(everyRow(db)).toEqual(imported);
    undo(db);
    expect(everyRow(db)).toEqual(before);
    redo(db);
    expect(everyRow(db)).toEqual(imported);
  });
});
