import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/migrate';
import { SCHEMA_VERSION } from '../../main/db/migrations';
import { LibraryOpenError, openLibrary } from '../../main/db/openLibrary';
import { useTempDir, useTempLibrary } from '../fixtures/tempLibrary';

const tempDir = useTempDir();
const tempLibrary = useTempLibrary();

function fingerprint(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('openLibrary', () => {
  it('creates the folder and a library with WAL, foreign keys, full sync and the current schema', () => {
    const { db } = tempLibrary();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('creates missing parent folders', () => {
    const path = join(tempDir(), 'a', 'b', 'library.sqlite');
    openLibrary(path).close();
    expect(() => readFileSync(path)).not.toThrow();
  });

  it('opens the same file again without migrating twice', () => {
    const { db, path } = tempLibrary();
    db.close();
    const again = openLibrary(path);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a library from a newer Shelfmark and leaves the file untouched', () => {
    const path = join(tempDir(), 'future.sqlite');
    const future = new Database(path);
    future.pragma(`application_id = ${APPLICATION_ID}`);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.exec('CREATE TABLE from_the_future (x)');
    future.close();
    const before = fingerprint(path);

    expect(() => openLibrary(path)).toThrow(LibraryOpenError);
    expect(() => openLibrary(path)).toThrow(/newer Shelfmark.*Update Shelfmark.*not changed/s);
    expect(fingerprint(path)).toBe(before);
  });

  it("refuses another program's SQLite database without touching it", () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = fingerprint(path);

    expect(() => openLibrary(path)).toThrow(/not a Shelfmark library/);
    expect(fingerprint(path)).toBe(before);
  });

  it('refuses a file that is not a database, with a clear message, and leaves it as it was', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'These are my notes, not a database. '.repeat(200));
    const before = fingerprint(path);

    expect(() => openLibrary(path)).toThrow(
      /not a Shelfmark library \(it is damaged or not an SQLite database\)/,
    );
    expect(fingerprint(path)).toBe(before);
  });

  it('says which file it could not open when the folder cannot be created', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const path = join(file, 'library.sqlite');
    expect(() => openLibrary(path)).toThrow(LibraryOpenError);
    expect(() => openLibrary(path)).toThrow(
      `Cannot open the library at ${path}: part of its folder path is a file`,
    );
  });
});
