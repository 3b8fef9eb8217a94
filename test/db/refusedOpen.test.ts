import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/migrate';
import { SCHEMA_VERSION } from '../../main/db/migrations';
import { LibraryOpenError, openLibrary } from '../../main/db/openLibrary';
import { fingerprints, hotWalOf, insertPaper, libraryWithStaleWal } from '../fixtures/libraryFiles';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

/** A real, closed Shelfmark library with papers in it. */
function cleanLibrary(dir: string): string {
  const path = join(dir, 'library.sqlite');
  const db = openLibrary(path);
  insertPaper(db, 'a2024x', 'A paper');
  db.close();
  return path;
}

function foreignWal(dir: string): Buffer {
  return hotWalOf(join(dir, 'contacts.sqlite'), (db) => {
    db.exec('CREATE TABLE contacts (name TEXT, photo BLOB)');
    const insert = db.prepare('INSERT INTO contacts VALUES (?, randomblob(3000))');
    for (let i = 0; i < 50; i += 1) insert.run(`person ${i}`);
  });
}

const CASES: [string, (dir: string) => string, RegExp][] = [
  [
    'a stray -wal from another SQLite file (application_id)',
    (dir) => {
      const path = cleanLibrary(dir);
      writeFileSync(`${path}-wal`, foreignWal(dir));
      return path;
    },
    /not a Shelfmark library/,
  ],
  [
    'a stale -wal of the same library (integrity)',
    (dir) => {
      const path = join(dir, 'library.sqlite');
      libraryWithStaleWal(path);
      return path;
    },
    /damaged/,
  ],
  [
    'a library from a newer Shelfmark with a hot -wal (user_version)',
    (dir) => {
      const path = join(dir, 'future.sqlite');
      const wal = hotWalOf(path, (db) => {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.exec("CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES ('y')");
      });
      writeFileSync(`${path}-wal`, wal);
      return path;
    },
    /newer Shelfmark/,
  ],
  [
    'a file that is not SQLite, with a -wal beside it (header)',
    (dir) => {
      const path = join(dir, 'notes.sqlite');
      writeFileSync(path, 'These are my notes, not a database. '.repeat(200));
      writeFileSync(`${path}-wal`, foreignWal(dir));
      return path;
    },
    /not a Shelfmark library/,
  ],
];

describe('a refused open changes nothing, byte for byte', () => {
  it.each(CASES)('%s', (_name, make, message) => {
    const path = make(tempDir());
    const before = fingerprints(path);
    expect(before.wal).not.toBe('absent');

    expect(() => openLibrary(path)).toThrow(LibraryOpenError);
    expect(() => openLibrary(path)).toThrow(message);
    expect(() => openLibrary(path)).toThrow(/not changed/);
    expect(fingerprints(path)).toEqual(before);
  });

  it('still accepts a good library with a hot -wal of its own, and keeps what the -wal held', () => {
    const dir = tempDir();
    const path = cleanLibrary(dir);
    const wal = hotWalOf(path, (db) => insertPaper(db, 'b2024y', 'Only in the WAL'));
    // The connection above checkpointed on close; put its un-checkpointed frames back, as after a crash.
    const snapshot = new Database(path);
    snapshot.exec("DELETE FROM papers WHERE citekey = 'b2024y'");
    snapshot.close();
    writeFileSync(`${path}-wal`, wal);

    const db = openLibrary(path);
    expect(db.prepare('SELECT title FROM papers ORDER BY id').pluck().all()).toEqual([
      'A paper',
      'Only in the WAL',
    ]);
    db.close();
  });
});
