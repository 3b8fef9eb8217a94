import { describe, expect, it } from 'vitest';
import { fileSize } from '../../main/db/libraryFiles';
import { TRACKED_TABLES } from '../../main/db/migrations/changeTriggers';
import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import { BULK_MIN, commitImport } from '../../main/library/importText';
import { undo } from '../../main/library/undo';
import { syntheticExport } from '../bench/importFiles';
import { expectKept } from '../fixtures/keptCounts';
import { addManyPapers } from '../fixtures/manyPapers';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const PAPERS = BULK_MIN + 300;

function everyRow(db: LibraryDb): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const table of [...Object.keys(TRACKED_TABLES), 'queue_counts', 'tag_counts', 'author_sort']) {
    rows[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  }
  return rows;
}

const walBytes = (path: string) => fileSize(`${path}-wal`) ?? 0;

describe('a bulk CLI import and the journal', () => {
  it('writes each page once (nothing goes through the -wal) when it has the library to itself; undo restores it exactly', async () => {
    const { db, path } = tempLibrary();
    addManyPapers(db, 40);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = everyRow(db);
    const result = await commitImport(db, syntheticExport(PAPERS));
    expect(result.added).toBe(PAPERS);
    expect(walBytes(path)).toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expectKept(db);
    undo(db);
    expect(everyRow(db)).toEqual(before);
    expectKept(db);
  });

  it('with the window holding the library, writes through the WAL as before, and the window reads the papers', async () => {
    const { db, path } = tempLibrary();
    const window = openLibrary(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    await commitImport(db, syntheticExport(PAPERS));
    expect(walBytes(path)).toBeGreaterThan(0);
    expect(window.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(PAPERS);
    // The window's own write after it (a tag) goes in as always.
    window.exec("INSERT INTO tags (name) VALUES ('after the import')");
    expect(db.prepare('SELECT count(*) FROM tags WHERE name = ?').pluck().get('after the import')).toBe(1);
    window.close();
    expectKept(db);
  });

  it('an import with progress and cancel (the window’s) never leaves WAL', async () => {
    const { db, path } = tempLibrary();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const modes = new Set<string>();
    await commitImport(db, syntheticExport(PAPERS), {
      control: { onProgress: () => modes.add(db.pragma('journal_mode', { simple: true }) as string) },
    });
    expect([...modes]).toEqual(['wal']);
    expect(walBytes(path)).toBeGreaterThan(0);
  });
});
