/**
 * What kind of failure an error is, in the classes Signal Desktop uses for its database:
 * the file is damaged, another process holds it (try again), the disk is full, the file
 * can't be written, or something else. Callers decide what to tell the person from this.
 */
export type FailureKind = 'corrupt' | 'busy' | 'full' | 'readonly' | 'unopenable' | 'other';

const KINDS: Readonly<Record<string, FailureKind>> = {
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_NOTADB: 'corrupt',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_FULL: 'full',
  ENOSPC: 'full',
  SQLITE_READONLY: 'readonly',
  EROFS: 'readonly',
  SQLITE_CANTOPEN: 'unopenable',
  SQLITE_PERM: 'unopenable',
  SQLITE_AUTH: 'unopenable',
  EACCES: 'unopenable',
  EPERM: 'unopenable',
};

/** better-sqlite3 reports extended codes (SQLITE_CORRUPT_INDEX, SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_NOSPC): the primary code decides. */
export function failureKind(error: unknown): FailureKind {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  if (code === 'SQLITE_IOERR_NOSPC') return 'full';
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  return KINDS[primary] ?? 'other';
}
