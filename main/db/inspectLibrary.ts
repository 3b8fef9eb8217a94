import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { LibraryOpenError } from './libraryErrors';
import { APPLICATION_ID, schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import {
  fileSize,
  hasHotWal,
  hasJournal,
  headerApplicationId,
  inRollbackMode,
  sidecars,
} from './libraryFiles';
import { BULK_IMPORT_WAIT_MS } from './rollbackJournal';
import { failureKind } from './sqliteErrors';

export interface Inspection {
  /** No file yet, or a zero-byte one: there is nothing in it to lose. */
  isNew: boolean;
  /** The last writer did not close cleanly (or is still running); quick_check was run. */
  hotWal: boolean;
}

export interface InspectOptions {
  nativeBinding?: string;
  /** Run the full integrity_check rather than only quick_check after an unclean shutdown. */
  fullCheck?: boolean;
}

const UNCHANGED = 'The file was not changed.';

/**
 * Decides whether a file may be opened for writing, without being able to write to it.
 *
 * The checks run on a read-only connection. SQLite may read a -wal and build its index in
 * -shm, but a read-only connection never checkpoints: the database file and its -wal stay
 * byte for byte as they were (test/db/refusedOpen.test.ts checks their sha256). A writable
 * connection would merge a stray or stale -wal into the file when it closed, even after the
 * file was refused.
 */
export function inspectLibrary(path: string, options: InspectOptions = {}): Inspection {
  const size = fileSize(path);
  if (size === null && existsSync(path)) {
    throw new LibraryOpenError(`${path} is a folder, not a library file. ${UNCHANGED}`, path, 'foreign');
  }
  const rolledBack = size !== null && rollBackKilledImport(path, options);
  const hotWal = hasHotWal(path) || rolledBack;
  if (size === null || (size === 0 && !hotWal)) return { isNew: true, hotWal: false };

  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw refusalFor(error, path, hotWal);
  }
  try {
    // An open while a bulk CLI import commits or spills its cache (in rollback mode, no readers
    // then) waits for it.
    db.pragma(`busy_timeout = ${busyTimeout(path)}`);
    checkIdentity(db, path, hotWal);
    if (hotWal || options.fullCheck)
      checkIntegrity(db, path, options.fullCheck ? 'integrity_check' : 'quick_check');
    return { isNew: false, hotWal };
  } catch (error) {
    if (error instanceof LibraryOpenError) throw error;
    throw refusalFor(error, path, hotWal);
  } finally {
    db.close();
  }
}

/**
 * A bulk CLI import killed mid-way leaves a -journal, which a read-only connection cannot apply
 * (SQLITE_READONLY_ROLLBACK). For a file that says it is a Shelfmark library, a writable
 * connection's first read lets SQLite put the file back as it was before the import (a journal
 * of a writer still running is not hot and is left alone). Returns whether one was applied
 * (SQLite deletes a journal it has played back; a running writer's stays).
 */
function rollBackKilledImport(path: string, options: InspectOptions): boolean {
  // A -wal beside it is no import's (a bulk import leaves WAL first): a writable connection would
  // merge it into the file. The read-only checks refuse such a file as they refuse any stray -wal.
  if (!hasJournal(path) || hasHotWal(path) || headerApplicationId(path) !== APPLICATION_ID) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    db.pragma(`busy_timeout = ${busyTimeout(path)}`);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    throw refusalFor(error, path, false);
  } finally {
    db?.close();
  }
  return !hasJournal(path);
}

/** A bulk CLI import may hold the file for its whole commit; any other open waits a few seconds. */
function busyTimeout(path: string): number {
  return inRollbackMode(path) ? BULK_IMPORT_WAIT_MS : 5000;
}

function strayWalHint(path: string, hotWal: boolean): string {
  return hotWal
    ? ` A ${sidecars(path).wal.slice(dirname(path).length + 1)} file beside it holds unsaved changes that may belong to another database.`
    : '';
}

function checkIdentity(db: Database.Database, path: string, hotWal: boolean): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
    .pluck()
    .get() as number;
  const foreign = applicationId !== 0 ? applicationId !== APPLICATION_ID : tables > 0;
  if (foreign) {
    throw new LibraryOpenError(
      `${path} is an SQLite database, but not a Shelfmark library.${strayWalHint(path, hotWal)} Choose another file with --db or SHELFMARK_DB. ${UNCHANGED}`,
      path,
      'foreign',
    );
  }
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new LibraryOpenError(
      `The library at ${path} was written by a newer Shelfmark (schema ${version}; this app knows up to ${SCHEMA_VERSION}). Update Shelfmark to open it. ${UNCHANGED}`,
      path,
      'future',
    );
  }
}

function checkIntegrity(db: Database.Database, path: string, check: 'quick_check' | 'integrity_check'): void {
  const problems = (db.pragma(`${check}(20)`) as Record<string, string>[])
    .map((row) => Object.values(row)[0])
    .filter((line) => line !== 'ok');
  if (problems.length > 0) {
    throw new LibraryOpenError(damagedMessage(path), path, 'damaged', {
      cause: new Error(problems.join('\n')),
    });
  }
}

export function damagedMessage(path: string): string {
  return `The library at ${path} is damaged: SQLite's integrity check found errors in it. Nothing was written to it. ${UNCHANGED}`;
}

function refusalFor(error: unknown, path: string, hotWal: boolean): LibraryOpenError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') {
    return new LibraryOpenError(
      `${path} is not a Shelfmark library (it is damaged or not an SQLite database).${strayWalHint(path, hotWal)} ${UNCHANGED}`,
      path,
      'foreign',
      { cause: error },
    );
  }
  if (failureKind(error) === 'corrupt')
    return new LibraryOpenError(damagedMessage(path), path, 'damaged', { cause: error });
  return new LibraryOpenError(
    `Cannot open the library at ${path}: ${describeOpenFailure(error)}`,
    path,
    'unopenable',
    {
      cause: error,
    },
  );
}

export function describeOpenFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of its folder path is a file, not a folder.';
    default:
      break;
  }
  switch (failureKind(error)) {
    case 'unopenable':
      return 'the file cannot be opened (check that you may read and write it and its folder).';
    case 'readonly':
      return 'the file is read-only.';
    case 'busy':
      return 'another program holds a lock on it; close it and try again.';
    case 'full':
      return 'the disk is full.';
    default:
      return 'SQLite could not read it.';
  }
}
