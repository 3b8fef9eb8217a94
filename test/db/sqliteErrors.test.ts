import { describe, expect, it } from 'vitest';
import { failureKind, failureMessage } from '../../main/db/sqliteErrors';

function sqliteError(code: string): Error {
  return Object.assign(new Error(`${code}: raw internal text`), { code });
}

describe('failureKind', () => {
  it.each([
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_FULL', 'full'],
    ['SQLITE_IOERR_NOSPC', 'full'],
    ['ENOSPC', 'full'],
    ['SQLITE_READONLY_DBMOVED', 'readonly'],
    ['SQLITE_CANTOPEN', 'unopenable'],
    ['SQLITE_CONSTRAINT_CHECK', 'other'],
  ])('%s is %s', (code, kind) => {
    expect(failureKind(sqliteError(code))).toBe(kind);
  });

  it('takes anything without a code as other', () => {
    expect(failureKind(new TypeError('x is undefined'))).toBe('other');
    expect(failureKind(null)).toBe('other');
    expect(failureKind('a string')).toBe('other');
  });
});

describe('failureMessage', () => {
  it.each([
    'SQLITE_CORRUPT',
    'SQLITE_BUSY',
    'SQLITE_FULL',
    'SQLITE_READONLY',
    'SQLITE_CANTOPEN',
    'SQLITE_MISUSE',
  ])('says what was saved for %s, without the raw text', (code) => {
    const message = failureMessage(sqliteError(code));
    expect(message).toMatch(/Nothing was saved/);
    expect(message).not.toMatch(/SQLITE|raw internal/);
  });
});
