import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectLibrary } from '../../main/db/inspectLibrary';
import { LibraryOpenError } from '../../main/db/libraryErrors';
import { openLibrary } from '../../main/db/openLibrary';
import { withRollbackJournal } from '../../main/db/rollbackJournal';
import { addManyPapers } from '../fixtures/manyPapers';
import { useTempDir, useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const tempDir = useTempDir();

/** Another process's bulk import: rollback-journal mode, a transaction held open for a while, then committed. */
const OTHER_IMPORT = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = DELETE');
db.exec('BEGIN IMMEDIATE');
db.exec("INSERT INTO tags (name) VALUES ('written by the other import')");
console.log('writing');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
db.exec('COMMIT');
db.pragma('journal_mode = WAL');
db.close();
`;

/** The same, holding its lock for a while before it writes its first page (no -journal yet). */
const LOCKED_BEFORE_WRITING = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = DELETE');
db.exec('BEGIN IMMEDIATE');
console.log('locked');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
db.exec("INSERT INTO tags (name) VALUES ('written by the other import')");
db.exec('COMMIT');
db.pragma('journal_mode = WAL');
db.close();
`;

const mode = (db: ReturnType<typeof openLibrary>) => db.pragma('journal_mode', { simple: true }) as string;

/**
 * Starts `script` in another process on a fresh library, opens the library once it says it holds
 * its lock (with or without a -journal yet), and checks the open saw its write and left WAL on.
 */
async function openWhileAnotherImports(script: string, journal: boolean): Promise<void> {
  const { db, path } = tempLibrary();
  db.close();
  const other = spawn(process.execPath, ['-e', script, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((done) => other.on('exit', done));
  await new Promise<void>((done) => other.stdout.once('data', () => done()));
  expect(existsSync(`${path}-journal`)).toBe(journal);
  const opened = openLibrary(path, { create: false });
  expect(
    opened.prepare('SELECT count(*) FROM tags WHERE name = ?').pluck().get('written by the other import'),
  ).toBe(1);
  expect(mode(opened)).toBe('wal');
  opened.close();
  await exited;
}

describe('withRollbackJournal', () => {
  it('writes in rollback-journal mode when no other connection has the library, then puts it back in WAL', () => {
    const { db } = tempLibrary();
    const seen = withRollbackJournal(db, () => mode(db));
    expect(seen).toBe('delete');
    expect(mode(db)).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('stays in WAL, as today, when another connection (the window, the server) has the library open', () => {
    const { db, path } = tempLibrary();
    const window = openLibrary(path);
    const seen = withRollbackJournal(db, () => mode(db));
    expect(seen).toBe('wal');
    expect(mode(window)).toBe('wal');
    // The busy timeout set aside for the attempt is back.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    window.close();
  });

  it('puts the library back in WAL when the write fails', () => {
    const { db } = tempLibrary();
    expect(() =>
      withRollbackJournal(db, () => {
        throw new Error('disk gone');
      }),
    ).toThrow('disk gone');
    expect(mode(db)).toBe('wal');
  });

  it('leaves a write inside a transaction, or in memory, in the mode it has', () => {
    const { db } = tempLibrary();
    db.exec('BEGIN');
    expect(withRollbackJournal(db, () => mode(db))).toBe('wal');
    db.exec('COMMIT');
    const memory = openLibrary(':memory:');
    expect(withRollbackJournal(memory, () => mode(memory))).toBe('memory');
    memory.close();
  });

  it('an open while a bulk import runs leaves its journal alone (not hot) and sees the library as last committed', () => {
    const { db, path } = tempLibrary();
    addManyPapers(db, 20);
    withRollbackJournal(db, () => {
      db.exec('BEGIN IMMEDIATE');
      db.exec('DELETE FROM papers WHERE id % 2 = 0');
      expect(existsSync(`${path}-journal`)).toBe(true);
      expect(inspectLibrary(path)).toEqual({ isNew: false, hotWal: false });
      expect(existsSync(`${path}-journal`)).toBe(true);
      db.exec('COMMIT');
    });
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(10);
  });

  it('an open from another process while a bulk import runs waits for it, then opens (it does not fail at once)', async () => {
    await openWhileAnotherImports(OTHER_IMPORT, true);
  });

  it('an open while a bulk import holds its lock before its first write (no -journal yet) waits too', async () => {
    await openWhileAnotherImports(LOCKED_BEFORE_WRITING, false);
  });

  it('a library whose bulk import was killed mid-way opens as it was before the import (its -journal applied)', () => {
    const { db, path } = tempLibrary();
    addManyPapers(db, 20);
    const before = db.prepare('SELECT id, title FROM papers ORDER BY id').all();
    const crashed = join(tempDir(), 'crashed.sqlite');
    withRollbackJournal(db, () => {
      db.exec('BEGIN IMMEDIATE');
      // A small page cache makes SQLite write changed pages into the file before the commit, as a big import does.
      db.pragma('cache_size = 10');
      db.exec(`DELETE FROM papers WHERE id % 2 = 0;
               INSERT INTO settings (key, value)
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
                 SELECT 'filler' || i, hex(randomblob(600)) FROM n;`);
      expect(existsSync(`${path}-journal`)).toBe(true);
      // The files as a kill at this moment leaves them.
      copyFileSync(path, crashed);
      copyFileSync(`${path}-journal`, `${crashed}-journal`);
      db.exec('ROLLBACK');
    });
    const reopened = openLibrary(crashed, { create: false });
    expect(reopened.prepare('SELECT id, title FROM papers ORDER BY id').all()).toEqual(before);
    expect(reopened.prepare("SELECT count(*) FROM settings WHERE key LIKE 'filler%'").pluck().get()).toBe(0);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(mode(reopened)).toBe('wal');
    expect(existsSync(`${crashed}-journal`)).toBe(false);
    reopened.close();
  });

  it('a killed import whose file also has a stray -wal beside it is refused, and nothing is merged into it', () => {
    const { db, path } = tempLibrary();
    addManyPapers(db, 20);
    const crashed = join(tempDir(), 'crashed.sqlite');
    withRollbackJournal(db, () => {
      db.exec('BEGIN IMMEDIATE');
      db.pragma('cache_size = 10');
      db.exec(`INSERT INTO settings (key, value)
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
                 SELECT 'filler' || i, hex(randomblob(600)) FROM n;`);
      copyFileSync(path, crashed);
      copyFileSync(`${path}-journal`, `${crashed}-journal`);
      db.exec('ROLLBACK');
    });
    // Another library's unsaved changes, left beside it.
    const { db: stranger, path: strangerPath } = tempLibrary();
    stranger.pragma('wal_autocheckpoint = 0');
    addManyPapers(stranger, 5);
    copyFileSync(`${strangerPath}-wal`, `${crashed}-wal`);
    const bytes = readFileSync(crashed);
    expect(() => inspectLibrary(crashed)).toThrow(LibraryOpenError);
    expect(readFileSync(crashed).equals(bytes)).toBe(true);
    expect(existsSync(`${crashed}-journal`)).toBe(true);
  });
});
