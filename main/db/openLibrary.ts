import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { APPLICATION_ID, migrate, schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';

export type LibraryDb = Database.Database;

export class LibraryOpenError extends Error {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LibraryOpenError';
  }
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron in development). */
  nativeBinding?: string;
  /** Used by tests and tools: open without migrating or writing anything. */
  readonly?: boolean;
}

/**
 * Opens (creating if needed) the library file, refuses one that is newer than this
 * app or not a Shelfmark library without writing to it, then migrates it.
 */
export function openLibrary(path: string, options: OpenOptions = {}): LibraryDb {
  let db: LibraryDb;
  try {
    if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new LibraryOpenError(`Cannot open the library at ${path}: ${describe(error)}`, path, {
      cause: error,
    });
  }
  try {
    checkIdentity(db, path);
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof LibraryOpenError) throw error;
    throw new LibraryOpenError(`Cannot open the library at ${path}: ${describe(error)}`, path, {
      cause: error,
    });
  }
}

/** Reads only the header: nothing is written before we know the file is ours and not from the future. */
function checkIdentity(db: LibraryDb, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tableCount = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number;
  };
  const foreign = applicationId !== 0 ? applicationId !== APPLICATION_ID : tableCount.n > 0;
  if (foreign) {
    throw new LibraryOpenError(
      `${path} is an SQLite database, but not a Shelfmark library. Choose another file with --db or SHELFMARK_DB. The file was not changed.`,
      path,
    );
  }
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new LibraryOpenError(
      `The library at ${path} was written by a newer Shelfmark (schema ${version}; this app knows up to ${SCHEMA_VERSION}). Update Shelfmark to open it. The file was not changed.`,
      path,
    );
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'SQLITE_NOTADB':
      return 'the file is not a Shelfmark library (it is damaged or not an SQLite database). The file was not changed.';
    case 'SQLITE_CORRUPT':
      return 'the database file is damaged. Restore it from a backup, or choose another file.';
    case 'SQLITE_CANTOPEN':
      return 'the file cannot be opened (check that the folder exists and that you may read and write it).';
    case 'SQLITE_READONLY':
      return 'the file is read-only.';
    case 'SQLITE_BUSY':
      return 'another program holds a lock on it; close it and try again.';
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return 'the disk is full.';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of its folder path is a file, not a folder.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
