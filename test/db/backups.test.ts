import Database from 'better-sqlite3';
import { existsSync, openSync, readFileSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUPS_KEPT,
  backupsDir,
  fullCheckDue,
  listBackups,
  requestFullCheck,
  restoreBackup,
  verifyLibraryCopy,
} from '../../main/db/backups';
import { MIGRATIONS } from '../../main/db/migrations';
import { LibraryOpenError, openLibrary } from '../../main/db/openLibrary';
import { openLibraryForUse } from '../../main/db/openLibraryForUse';
import { fingerprint, fingerprints, insertPaper } from '../fixtures/libraryFiles';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-30T08:00:00Z');
const later = (days: number) => new Date(T0.getTime() + days * DAY);

function libraryWithPapers(count: number, dir = tempDir()): string {
  const path = join(dir, 'library.sqlite');
  const db = openLibrary(path);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1)
      insertPaper(db, `key${i}`, `Paper ${i} ${'about world models '.repeat(20)}`);
  })();
  db.close();
  return path;
}

function titles(path: string): number {
  const db = new Database(path, { readonly: true });
  const count = db.prepare('SELECT count(*) FROM papers').pluck().get() as number;
  db.close();
  return count;
}

/** Overwrites one page of the file with seeded random bytes, as a failing disk or a stray write would. */
function overwritePage(path: string, page: number, seed: number): void {
  const size = 4096;
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let i = 0; i < size; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, size, (page - 1) * size);
  closeSync(fd);
}

function pageCount(path: string): number {
  return readFileSync(path).length / 4096;
}

describe('daily backups', () => {
  it('backs up an existing library on the first open of the day, checked and self-contained', async () => {
    const path = libraryWithPapers(5);
    const { db } = await openLibraryForUse(path, { create: false, now: T0 });
    db.close();
    const [backup, ...rest] = listBackups(path);
    expect(rest).toEqual([]);
    expect(backup?.reason).toBe('daily');
    expect(backup?.file.startsWith(backupsDir(path))).toBe(true);
    expect(() => verifyLibraryCopy(backup?.file ?? '')).not.toThrow();
    expect(titles(backup?.file ?? '')).toBe(5);
    expect(existsSync(`${backup?.file}-wal`)).toBe(false);
  });

  it('makes at most one a day and keeps the newest seven', async () => {
    const path = libraryWithPapers(1);
    for (const day of [0, 0.5, 0.9])
      (await openLibraryForUse(path, { create: false, now: later(day) })).db.close();
    expect(listBackups(path)).toHaveLength(1);
    for (let day = 1; day <= 10; day += 1)
      (await openLibraryForUse(path, { create: false, now: later(day) })).db.close();
    const kept = listBackups(path);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]?.takenAt).toEqual(later(10));
    expect(kept.at(-1)?.takenAt).toEqual(later(4));
  });

  it('does not back up a library it has just created', async () => {
    const path = join(tempDir(), 'new.sqlite');
    (await openLibraryForUse(path, { create: true, now: T0 })).db.close();
    expect(listBackups(path)).toEqual([]);
  });

  it('backs up before a migration, at the old schema', async () => {
    const path = join(tempDir(), 'old.sqlite');
    openLibrary(path, { migrations: MIGRATIONS.slice(0, 1) }).close();
    (await openLibraryForUse(path, { create: false, now: T0 })).db.close();
    const before = listBackups(path).find((backup) => backup.reason === 'before-migration');
    expect(before).toBeDefined();
    const copy = new Database(before?.file ?? '', { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });
});

describe('a damaged library', () => {
  it.each([3, 7, 11, 19, 23])(
    'is refused at the daily check when page %i was overwritten, and left as it was',
    async (page) => {
      const path = libraryWithPapers(300);
      expect(pageCount(path)).toBeGreaterThan(page);
      overwritePage(path, page, page);
      const before = fingerprints(path);
      await expect(openLibraryForUse(path, { create: false, now: T0 })).rejects.toThrow(LibraryOpenError);
      await expect(openLibraryForUse(path, { create: false, now: T0 })).rejects.toMatchObject({
        refusal: 'damaged',
      });
      expect(before.wal).toBe('absent');
      // The read-only connection may leave an empty -wal where there was none: nothing to replay.
      const after = fingerprints(path);
      expect(after.db).toBe(before.db);
      expect([before.wal, EMPTY]).toContain(after.wal);
    },
  );

  it('is refused after an unclean shutdown by quick_check, even the day its backup was made', async () => {
    const path = libraryWithPapers(300);
    (await openLibraryForUse(path, { create: false, now: T0 })).db.close();
    // A writer dies with changes in the -wal, and the disk has damaged a page meanwhile.
    const writer = new Database(path);
    insertPaper(writer, 'late', 'Written just before the crash');
    const wal = readFileSync(`${path}-wal`);
    writer.close();
    overwritePage(path, 9, 9);
    writeFileSync(`${path}-wal`, wal);
    const before = fingerprints(path);
    await expect(openLibraryForUse(path, { create: false, now: later(0.1) })).rejects.toMatchObject({
      refusal: 'damaged',
    });
    expect(fingerprints(path)).toEqual(before);
  });

  it('is checked in full at the next open once damage has been reported at run time', () => {
    const path = libraryWithPapers(1);
    return openLibraryForUse(path, { create: false, now: T0 }).then(({ db }) => {
      db.close();
      expect(fullCheckDue(path, later(0.1))).toBe(false);
      requestFullCheck(path);
      expect(fullCheckDue(path, later(0.1))).toBe(true);
    });
  });

  it('can be replaced by its newest good backup, keeping the damaged file beside it', async () => {
    const path = libraryWithPapers(300);
    (await openLibraryForUse(path, { create: false, now: T0 })).db.close();
    overwritePage(path, 5, 5);
    const damaged = fingerprint(path);
    const [backup] = listBackups(path);
    if (!backup) throw new Error('no backup');
    const { keptAs } = restoreBackup(path, backup, later(1));
    expect(keptAs).not.toBeNull();
    expect(fingerprint(keptAs ?? '')).toBe(damaged);
    const { db } = await openLibraryForUse(path, { create: false, now: later(1) });
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(300);
    db.close();
    expect(existsSync(backup.file)).toBe(true);
  });

  it('moves a killed bulk import’s -journal aside with the file it belongs to, so it is never played into the backup', async () => {
    const path = libraryWithPapers(300);
    (await openLibraryForUse(path, { create: false, now: T0 })).db.close();
    const [backup] = listBackups(path);
    if (!backup) throw new Error('no backup');
    writeFileSync(`${path}-journal`, 'a journal of the replaced file');
    const { keptAs } = restoreBackup(path, backup, later(1));
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(readFileSync(`${keptAs ?? ''}-journal`, 'utf8')).toBe('a journal of the replaced file');
    const { db } = await openLibraryForUse(path, { create: false, now: later(1) });
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(300);
    db.close();
  });
});
