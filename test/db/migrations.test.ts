import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { TRACKED_TABLES, changeTriggerSql } from '../../main/db/migrations/changeTriggers';
import type { Migration } from '../../main/db/migrations/migration';

function memory(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

function tables(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe('migrations', () => {
  it('are numbered 1, 2, 3... in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('roll back together when one fails, leaving user_version where it was', () => {
    const db = memory();
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up: (conn) => conn.exec('CREATE TABLE half_done (x); SELECT * FROM no_such_table'),
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});

describe('the current schema', () => {
  const db = memory();
  migrate(db);
  const fold = (sql: string) => sql.replace(/\s+/g, ' ').trim();

  it.each(Object.keys(TRACKED_TABLES))('logs every column of %s for undo', (table) => {
    const triggers = db
      .prepare(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ? ORDER BY name",
      )
      .pluck()
      .all(table, `${table}_log_%`) as string[];
    const expected = changeTriggerSql(db, table)
      .split(/(?<=END;)\n/)
      .map((sql) => fold(sql.replace(/;$/, '')))
      .sort();
    expect(triggers.map(fold).sort()).toEqual(expected);
  });
});

describe('migration 1: papers, tags, notes and imports', () => {
  const db = memory();
  migrate(db, MIGRATIONS.slice(0, 1));

  it('creates the tables and sets user_version 1', () => {
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['imports', 'notes', 'paper_tags', 'papers', 'tags']);
  });

  const insertPaper = db.prepare(
    `INSERT INTO papers (citekey, title, title_key, status, position, added_at, updated_at)
     VALUES (?, ?, ?, ?, 1, '2026-01-01', '2026-01-01')`,
  );

  it('keeps citation keys unique and statuses to the three queues', () => {
    insertPaper.run('key1', 'A title', 'atitle', 'unread');
    expect(() => insertPaper.run('key1', 'Another', 'another', 'unread')).toThrow(/UNIQUE/);
    expect(() => insertPaper.run('key2', 'Another', 'another', 'someday')).toThrow(/CHECK/);
    expect(() => insertPaper.run('key3', '   ', '', 'unread')).toThrow(/CHECK/);
  });

  it('matches tag names case-insensitively and refuses empty ones', () => {
    db.prepare("INSERT INTO tags (name) VALUES ('RL')").run();
    expect(() => db.prepare("INSERT INTO tags (name) VALUES ('rl')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO tags (name) VALUES ('  ')").run()).toThrow(/CHECK/);
  });

  it("removes a paper's tags and notes with the paper", () => {
    const paperId = insertPaper.run('key4', 'Doomed', 'doomed', 'read').lastInsertRowid;
    const tagId = db.prepare("INSERT INTO tags (name) VALUES ('temp')").run().lastInsertRowid;
    db.prepare('INSERT INTO paper_tags (paper_id, tag_id) VALUES (?, ?)').run(paperId, tagId);
    db.prepare("INSERT INTO notes (paper_id, body, created_at, updated_at) VALUES (?, 'n', 'x', 'x')").run(
      paperId,
    );
    db.prepare('DELETE FROM papers WHERE id = ?').run(paperId);
    expect(db.prepare('SELECT count(*) FROM paper_tags WHERE paper_id = ?').pluck().get(paperId)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM notes WHERE paper_id = ?').pluck().get(paperId)).toBe(0);
  });
});

describe('migration 2: undo log', () => {
  const db = memory();
  migrate(db, MIGRATIONS.slice(0, 2));

  it('adds the operation tables and sets user_version 2', () => {
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['operations', 'operation_changes', 'operation_replays', 'undo_recording']),
    );
  });

  it('logs row changes only while an operation is being recorded', () => {
    db.prepare("INSERT INTO tags (name) VALUES ('quiet')").run();
    expect(db.prepare('SELECT count(*) FROM operation_changes').pluck().get()).toBe(0);
    const op = db
      .prepare("INSERT INTO operations (label, created_at, last_change_at) VALUES ('t', 'x', 'x')")
      .run().lastInsertRowid;
    db.prepare('INSERT INTO undo_recording (operation_id) VALUES (?)').run(op);
    db.prepare("UPDATE tags SET color = '#000000' WHERE name = 'quiet'").run();
    db.prepare('DELETE FROM undo_recording').run();
    const change = db.prepare('SELECT table_name, old_row, new_row FROM operation_changes').get() as Record<
      string,
      string
    >;
    expect(change.table_name).toBe('tags');
    expect(JSON.parse(change.old_row ?? '')).toMatchObject({ name: 'quiet', color: null });
    expect(JSON.parse(change.new_row ?? '')).toMatchObject({ name: 'quiet', color: '#000000' });
  });
});
