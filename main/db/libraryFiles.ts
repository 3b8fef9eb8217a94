import { statSync } from 'node:fs';

/** The files SQLite keeps beside a WAL-mode database. */
export function sidecars(path: string): { wal: string; shm: string } {
  return { wal: `${path}-wal`, shm: `${path}-shm` };
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
