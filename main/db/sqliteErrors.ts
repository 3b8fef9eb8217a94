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

const MESSAGES: Readonly<Record<FailureKind, string>> = {
  corrupt:
    'The library file is damaged. Nothing was saved, and Shelfmark will write nothing more to it until it is checked or restored from a backup.',
  busy: 'Another Shelfmark is writing to the library right now. Nothing was saved; try again in a moment.',
  full: 'The disk is full. Nothing was saved; the library is as it was. Free some space and try again.',
  readonly: 'The library file is read-only. Nothing was saved; the library is as it was.',
  unopenable:
    'The library file could not be read or written (check its permissions). Nothing was saved; the library is as it was.',
  other: 'Something went wrong inside Shelfmark. Nothing was saved; the library is as it was.',
};

/**
 * What to tell a person about an error that is not one of Shelfmark's own: never SQLite's or
 * JavaScript's text. Every change runs in one transaction, so a failure leaves the library whole.
 */
export function failureMessage(error: unknown): string {
  return MESSAGES[failureKind(error)];
}
