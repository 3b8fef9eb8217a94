import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
    (row) => row.name,
  );
}

describe('migration 4: lookups', () => {
  it('on a fresh library, adds settings, the lookup cache, field origins and reviews, and sets user_version 4', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(schemaVersion(db)).toBe(4);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['settings', 'lookup_cache', 'paper_field_origins', 'lookup_reviews']),
    );
    db.close();
  });

  it('upgrades a schema 3 library with papers in it, keeps them, and logs field origins for undo', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
             VALUES (1, 'k', 'A Title', 'atitle', 'unread', 1, 'x', 'x')`);
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.prepare('SELECT title FROM papers').pluck().all()).toEqual(['A Title']);

    const op = db
      .prepare("INSERT INTO operations (label, created_at, last_change_at) VALUES ('t', 'x', 'x')")
      .run().lastInsertRowid;
    db.prepare('INSERT INTO undo_recording (operation_id) VALUES (?)').run(op);
    db.prepare(
      "INSERT INTO paper_field_origins (paper_id, field, origin, source, score, value, at) VALUES (1, 'year', 'lookup', 'arxiv', 0.98, '2017', 'x')",
    ).run();
    db.prepare('DELETE FROM undo_recording').run();
    const logged = db.prepare('SELECT table_name, new_row FROM operation_changes').get() as Record<
      string,
      string
    >;
    expect(logged.table_name).toBe('paper_field_origins');
    expect(JSON.parse(logged.new_row ?? '')).toMatchObject({ field: 'year', source: 'arxiv', score: 0.98 });
    db.close();
  });

  it('refuses an origin that is neither hand nor lookup, and a lookup origin without its source', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
             VALUES (1, 'k', 'A Title', 'atitle', 'unread', 1, 'x', 'x')`);
    const insert = db.prepare(
      'INSERT INTO paper_field_origins (paper_id, field, origin, source, at) VALUES (1, ?, ?, ?, ?)',
    );
    expect(() => insert.run('year', 'guess', null, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('year', 'lookup', null, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('year', 'hand', null, 'x')).not.toThrow();
    db.close();
  });
});
