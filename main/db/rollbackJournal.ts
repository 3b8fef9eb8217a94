import type { LibraryDb } from './openLibrary';

/** How long an open waits for a bulk CLI import running in rollback-journal mode to end. */
export const BULK_IMPORT_WAIT_MS = 120_000;

/**
 * Runs write (one big transaction of its own) with the library in rollback-journal mode when
 * this connection is the only one open on it, and in WAL (as always) otherwise.
 *
 * Why: in WAL every page a bulk import writes is written twice, into the -wal at commit and
 * into the file at the checkpoint; a rollback journal holds only the pages the file had before
 * (none beyond its old size), so a big import into a small library writes each page once.
 * Crash-safe as WAL is (synchronous = FULL): a killed import leaves a hot -journal that puts the
 * file back as it was (inspectLibrary rolls it back before its read-only checks).
 *
 * Leaving WAL needs every other connection closed: SQLite answers SQLITE_BUSY at once (the busy
 * timeout is off for that one pragma) when the window, the server or another CLI has the file,
 * and write then runs in WAL. Every open puts a library in WAL again, and so does this after
 * write, whether it succeeded or not; if that fails (another process opened the file meanwhile),
 * the next open does it. While write runs, another process's open waits for it (busy timeout).
 */
export function withRollbackJournal<T>(db: LibraryDb, write: () => T): T {
  if (db.memory || db.inTransaction || !leaveWal(db)) return write();
  try {
    return write();
  } finally {
    try {
      db.pragma('journal_mode = WAL');
    } catch {
      // The import's outcome stands; the next open of the library puts it in WAL.
    }
  }
}

/** Switches to rollback-journal mode if no other connection has the file; never waits. */
function leaveWal(db: LibraryDb): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
