import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeOpenFailure, inspectLibrary, type Inspection } from './inspectLibrary';
import { LibraryOpenError } from './libraryErrors';
import { hasJournal, inRollbackMode } from './libraryFiles';
import { BULK_IMPORT_WAIT_MS } from './rollbackJournal';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';

export type LibraryDb = Database.Database;
export { LibraryOpenError, type OpenRefusal } from './libraryErrors';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron in development). */
  nativeBinding?: string;
  /** Used by the search worker and tools: open without migrating or writing anything. */
  readonly?: boolean;
  /**
   * Make a new library when there is none (or only a zero-byte file). Entry points pass it only
   * for the default location or an explicit --create / init; tests and tools default to true.
   */
  create?: boolean;
  /** Run the full integrity_check before accepting the file (the daily check). */
  fullCheck?: boolean;
  migrations?: readonly Migration[];
}

export interface OpenedLibrary {
  db: LibraryDb;
  /** The file was made by this open. */
  created: boolean;
  inspection: Inspection;
  /** Schema version before migrating; below SCHEMA_VERSION means migrations are pending. */
  version: number;
}

/**
 * Checks the file without being able to write to it (inspectLibrary), then opens it for
 * writing with WAL, full sync and foreign keys. Does not migrate: openLibrary and
 * openLibraryForUse do, the latter after a backup.
 */
export function connectLibrary(path: string, options: OpenOptions = {}): OpenedLibrary {
  const inspection: Inspection =
    path === ':memory:' ? { isNew: true, hotWal: false } : inspectLibrary(path, options);
  if (inspection.isNew && !(options.create ?? true)) throw notThereError(path, existsSync(path));
  let db: LibraryDb;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new LibraryOpenError(
      `Cannot open the library at ${path}: ${describeOpenFailure(error)}`,
      path,
      'unopenable',
      {
        cause: error,
      },
    );
  }
  try {
    db.pragma('busy_timeout = 5000');
    enterWal(db, path);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return { db, created: inspection.isNew, inspection, version: schemaVersion(db) };
  } catch (error) {
    db.close();
    throw new LibraryOpenError(
      `Cannot open the library at ${path}: ${describeOpenFailure(error)}`,
      path,
      'unopenable',
      {
        cause: error,
      },
    );
  }
}

/**
 * Puts the library in WAL. While a bulk CLI import runs in rollback-journal mode (a -journal
 * beside the file; see rollbackJournal.ts), SQLite refuses the switch at once, without its busy
 * timeout (the writer holds its reserved lock until it commits): the open waits for the import
 * instead of failing, as a write waits for another write.
 */
function enterWal(db: LibraryDb, path: string): void {
  const deadline = Date.now() + BULK_IMPORT_WAIT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
      // Before its first page is written, the import holds its lock with no -journal yet: the header says it.
      const importing = path !== ':memory:' && (hasJournal(path) || inRollbackMode(path));
      if (!busy || !importing || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/** Opens (by default creating) and migrates a library; the core's door for tests and tools. */
export function openLibrary(path: string, options: OpenOptions = {}): LibraryDb {
  if (options.readonly) return openReadonly(path, options);
  const { db } = connectLibrary(path, options);
  migrateOrClose(db, path, options.migrations ?? MIGRATIONS);
  return db;
}

export function migrateOrClose(db: LibraryDb, path: string, migrations: readonly Migration[]): void {
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw new LibraryOpenError(
      `Cannot update the library at ${path} to this version of Shelfmark: ${describeOpenFailure(error)} The file was not changed.`,
      path,
      'unopenable',
      { cause: error },
    );
  }
}

/** The search worker's connection: main has accepted and migrated the file already. */
function openReadonly(path: string, options: OpenOptions): LibraryDb {
  inspectLibrary(path, options);
  try {
    const db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    db.pragma('busy_timeout = 5000');
    if (schemaVersion(db) > SCHEMA_VERSION) throw new Error('newer schema');
    return db;
  } catch (error) {
    throw new LibraryOpenError(
      `Cannot open the library at ${path}: ${describeOpenFailure(error)}`,
      path,
      'unopenable',
      {
        cause: error,
      },
    );
  }
}

function notThereError(path: string, emptyFile: boolean): LibraryOpenError {
  const what = emptyFile
    ? `${path} is an empty file (0 bytes), not a Shelfmark library. Nothing was written to it.`
    : `There is no Shelfmark library at ${path}${existsSync(dirname(path)) ? '' : ' (its folder does not exist either)'}. Nothing was created.`;
  return new LibraryOpenError(what, path, emptyFile ? 'empty' : 'missing');
}
