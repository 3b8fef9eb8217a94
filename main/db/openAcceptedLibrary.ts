import Database from 'better-sqlite3';
import { LibraryOpenError } from './libraryErrors';
import { schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import type { LibraryDb } from './openLibrary';

/**
 * Another connection to a library main has already opened, checked and migrated (the import
 * worker's). It neither checks the file again nor migrates: while main writes there is always
 * a WAL, which openLibrary takes for an unclean shutdown, running quick_check over every page
 * (seconds at 100,000 papers, at every import). It only makes sure the schema is still the
 * one this code writes.
 */
export function openAcceptedLibrary(path: string, nativeBinding?: string): LibraryDb {
  const db = new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (schemaVersion(db) !== SCHEMA_VERSION) {
      throw new LibraryOpenError(
        `The library at ${path} changed while it was open (another version of Shelfmark updated it). Nothing was imported; restart Shelfmark and try again.`,
        path,
        'unopenable',
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
