import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { listIndexes } from '../../main/db/migrations/006-list-indexes';
import { countQueues } from '../../main/db/paperQueries';
import { deletePapers } from '../../main/library/deletePapers';
import { setStatus } from '../../main/library/queues';
import { undo } from '../../main/library/undo';
import { addManyPapers } from '../fixtures/manyPapers';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const plan = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('; ');

describe('migration list-indexes: the list read by position', () => {
  it('upgrades a library with papers in it, keeps them, and the queue and title orders read an index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((migration) => migration.version < listIndexes.version);
    migrate(db, before);
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at, reading_at)
             VALUES (1, 'k', 'A Title', 'atitle', 'reading', 1, 'x', 'x', 'y')`);
    migrate(db, [...before, listIndexes]);
    expect(db.prepare('SELECT status, n FROM queue_counts ORDER BY status').all()).toEqual([
      { status: 'read', n: 0 },
      { status: 'reading', n: 1 },
      { status: 'unread', n: 0 },
    ]);
    expect(schemaVersion(db)).toBe(listIndexes.version);
    expect(db.prepare('SELECT title FROM papers').pluck().all()).toEqual(['A Title']);
    const reading = plan(db, "SELECT id FROM papers WHERE status = 'reading' ORDER BY reading_at DESC, id");
    expect(reading).toMatch(/COVERING INDEX papers_by_reading_at/);
    expect(reading).not.toMatch(/TEMP B-TREE/);
    const read = plan(db, "SELECT id FROM papers WHERE status = 'read' ORDER BY read_at DESC, id");
    expect(read).toMatch(/COVERING INDEX papers_by_read_at/);
    expect(plan(db, 'SELECT id FROM papers ORDER BY title COLLATE NOCASE, id')).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, 'SELECT id FROM papers ORDER BY added_at, id')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('keeps the queue counts through adding, moving, deleting and undoing, in a library upgraded with papers in it', () => {
    const library = tempLibrary();
    const { db } = library;
    addManyPapers(db, 50);
    const counted = () =>
      Object.fromEntries(
        (
          db.prepare('SELECT status, count(*) AS n FROM papers GROUP BY status').all() as {
            status: string;
            n: number;
          }[]
        ).map((row) => [row.status, row.n]),
      );
    const kept = () => {
      const { all, ...byStatus } = countQueues(db);
      expect(all).toBe(db.prepare('SELECT count(*) FROM papers').pluck().get());
      return Object.fromEntries(Object.entries(byStatus).filter(([, n]) => n > 0));
    };
    expect(kept()).toEqual(counted());
    const ids = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
    setStatus(db, ids.slice(0, 10), 'read');
    expect(kept()).toEqual(counted());
    deletePapers(db, ids.slice(5, 15));
    expect(kept()).toEqual(counted());
    undo(db);
    undo(db);
    expect(kept()).toEqual(counted());
  });
});
