import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** The files SQLite keeps beside a database: -wal and -shm in WAL mode, -journal in rollback mode (a bulk CLI import). */
export function sidecars(path: string): { wal: string; shm: string; journal: string } {
  return { wal: `${path}-wal`, shm: `${path}-shm`, journal: `${path}-journal` };
}

/** Size in bytes, or null when there is no such file. */
export function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/**
 * A -wal with frames in it at open means the last writer did not close cleanly (or is still
 * running): SQLite will replay it, so it must be checked before anything may write.
 */
export function hasHotWal(path: string): boolean {
  return (fileSize(sidecars(path).wal) ?? 0) > 0;
}

/**
 * A -journal with anything in it at open: a rollback-mode transaction (a bulk CLI import) that
 * was killed, or is still running. SQLite puts the file back from it at the first read.
 */
export function hasJournal(path: string): boolean {
  return (fileSize(sidecars(path).journal) ?? 0) > 0;
}

/** The first 100 bytes of an SQLite file (its header), or null when it is none. */
function sqliteHeader(path: string): Buffer | null {
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString('latin1', 0, 16) === 'SQLite format 3\0' ? header : null;
  } finally {
    closeSync(fd);
  }
}

/** The application id in an SQLite file's header (offset 68), or null when it is no SQLite file. */
export function headerApplicationId(path: string): number | null {
  return sqliteHeader(path)?.readUInt32BE(68) ?? null;
}

/** Whether the file's header says rollback-journal mode (read version 1; WAL is 2): a bulk CLI import's, while it runs. */
export function inRollbackMode(path: string): boolean {
  return sqliteHeader(path)?.[18] === 1;
}
