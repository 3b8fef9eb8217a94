import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CITEKEY_SQL } from '../../main/db/citekeyQueries';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';

function libraryAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}

/** What SQLite will do for the statement, one line per step ("SEARCH papers USING INDEX ..."). */
function plan(db: Database.Database, sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (row) => row.detail,
  );
}

const LOOKUPS: [string, string, unknown[]][] = [
  ['a key taken, in any case', CITEKEY_SQL.taken, ['Zhang2025Tool']],
  ['the paper holding a key (setCitekey)', CITEKEY_SQL.heldByOther, ['zhang2025tool', 1]],
  ['the paper a key names (resolvePaperRef)', CITEKEY_SQL.idOf, ['zhang2025tool']],
];

describe('migration 5: key lookups from an index, a lean undo log for imports', () => {
  it('on a fresh library, adds the case-insensitive key index and the whole-paper log columns, and sets user_version 5', () => {
    const db = libraryAt(5);
    expect(schemaVersion(db)).toBe(5);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all();
    expect(indexes).toContain('papers_by_citekey_nocase');
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('operation_changes');
    expect(columns).toEqual(expect.arrayContaining(['whole_paper', 'parts']));
    db.close();
  });

  it.each(LOOKUPS)('finds %s through the index, never by scanning papers', (_name, sql, params) => {
    const before = libraryAt(4);
    expect(plan(before, sql, params).join('\n')).toMatch(/SCAN papers/);
    before.close();
    const db = libraryAt(5);
    const steps = plan(db, sql, params).join('\n');
    expect(steps).not.toMatch(/SCAN papers/);
    expect(steps).toMatch(/USING (COVERING )?INDEX papers_by_citekey_nocase/);
    db.close();
  });

  it('finds duplicates by normalized title through its index', () => {
    const db = libraryAt(5);
    const steps = plan(db, 'SELECT id, title FROM papers WHERE title_key = ? ORDER BY id LIMIT 1', ['x']);
    expect(steps.join('\n')).not.toMatch(/SCAN papers/);
    db.close();
  });

  it('upgrades a schema 4 library with papers and undo history, keeping both', () => {
    const db = libraryAt(4);
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
             VALUES (1, 'Zhang2025Tool', 'A Title', 'atitle', 'unread', 1, 'x', 'x')`);
    const op = db
      .prepare("INSERT INTO operations (label, created_at, last_change_at) VALUES ('t', 'x', 'x')")
      .run().lastInsertRowid;
    db.prepare(
      "INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) VALUES (?, 'papers', NULL, '{\"id\":1}')",
    ).run(op);
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare(CITEKEY_SQL.idOf).pluck().get('zhang2025TOOL')).toBe(1);
    expect(db.prepare('SELECT whole_paper, parts FROM operation_changes').get()).toEqual({
      whole_paper: 0,
      parts: null,
    });
    expect(() => db.prepare("UPDATE operation_changes SET parts = 'not json'").run()).toThrow(/CHECK/);
    db.close();
  });
});
