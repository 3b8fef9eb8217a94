import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { listIndexes } from '../../main/db/migrations/007-list-indexes';

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
});
