import { describe, expect, it, vi } from 'vitest';
import * as inspection from '../../main/db/inspectLibrary';
import { openAcceptedLibrary } from '../../main/db/openAcceptedLibrary';
import { SCHEMA_VERSION } from '../../main/db/migrations';
import { openLibrary } from '../../main/db/openLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

vi.mock('../../main/db/inspectLibrary', { spy: true });

const tempLibrary = useTempLibrary();

describe('a second connection to a library main has open (the import worker)', () => {
  it('does not check the file again: with main writing there is always a WAL, and quick_check reads every page', () => {
    const { db, path } = tempLibrary();
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    vi.mocked(inspection.inspectLibrary).mockClear();
    // What the worker did before: openLibrary checks the file, every page while main's WAL is there.
    openLibrary(path).close();
    expect(inspection.inspectLibrary).toHaveBeenCalledTimes(1);
    expect(inspection.inspectLibrary).toHaveReturnedWith({ isNew: false, hotWal: true });
    vi.mocked(inspection.inspectLibrary).mockClear();
    const second = openAcceptedLibrary(path);
    try {
      expect(inspection.inspectLibrary).not.toHaveBeenCalled();
      expect(second.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(second.pragma('synchronous', { simple: true })).toBe(2);
      expect(second.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(second.prepare("SELECT value FROM settings WHERE key = 'x'").pluck().get()).toBe('1');
    } finally {
      second.close();
    }
  });

  it('refuses a file of another schema version with a clear message, changing nothing', () => {
    const { db, path } = tempLibrary();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => openAcceptedLibrary(path)).toThrow(/changed while it was open.*Nothing was imported/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
  });
});
