import { closeSync, existsSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import { listBackups } from '../../main/db/backups';
import { openLibrary } from '../../main/db/openLibrary';
import { fingerprint, insertPaper } from '../fixtures/libraryFiles';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '', env: {} };
  const run = (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    return runCli(argv, io);
  };
  return { run, out, err };
}

function library(papers: number): string {
  const path = join(tempDir(), 'library.sqlite');
  const db = openLibrary(path);
  for (let i = 0; i < papers; i += 1) insertPaper(db, `k${i}`, `Paper ${i} ${'text '.repeat(100)}`);
  db.close();
  return path;
}

function damage(path: string): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 4);
  closeSync(fd);
}

describe('shelfmark backups and restore', () => {
  it('lists no backups before the first open, then the daily one', async () => {
    const path = library(3);
    const { run, out } = cli();
    expect(await run('--db', path, 'backups')).toBe(0);
    expect(out.join('\n')).toContain('There are no backups');
    expect(await run('--db', path, 'list')).toBe(0);
    expect(await run('--db', path, 'backups')).toBe(0);
    expect(out.join('\n')).toMatch(/^library-\S+-daily\.sqlite {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}daily/);
    expect(await run('--db', path, 'backups', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toHaveLength(1);
  });

  it('refuses a damaged library, points to restore, and restore brings the papers back keeping the damaged file', async () => {
    const path = library(200);
    const { run, out, err } = cli();
    expect(await run('--db', path, 'list', '--json')).toBe(0);
    damage(path);
    const damaged = fingerprint(path);
    // The next day's check finds it; simulate that by asking for the check.
    const { requestFullCheck } = await import('../../main/db/backups');
    requestFullCheck(path);
    expect(await run('--db', path, 'list')).toBe(1);
    expect(err.join('\n')).toMatch(/is damaged.*shelfmark restore/s);
    expect(err.join('\n')).not.toMatch(/SQLITE_|malformed|btree/i);
    expect(fingerprint(path)).toBe(damaged);

    expect(await run('--db', path, 'restore')).toBe(0);
    expect(out.join('\n')).toMatch(/Restored .* from library-.*-daily\.sqlite/);
    const kept = readdirSync(join(path, '..')).find((name) => name.startsWith('library.sqlite.replaced-'));
    expect(kept).toBeDefined();
    expect(fingerprint(join(path, '..', kept ?? ''))).toBe(damaged);
    expect(await run('--db', path, 'list', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toHaveLength(200);
  });

  it('restores a backup named on the command line, and refuses a name it does not know', async () => {
    const path = library(1);
    const { run, err } = cli();
    await run('--db', path, 'list');
    const [backup] = listBackups(path);
    expect(await run('--db', path, 'restore', 'nope.sqlite')).toBe(1);
    expect(err.join('\n')).toContain('no backup named "nope.sqlite"');
    expect(await run('--db', path, 'restore', backup?.name ?? '')).toBe(0);
    expect(existsSync(path)).toBe(true);
  });

  it('says so when there is nothing to restore, and changes nothing', async () => {
    const path = library(1);
    const before = fingerprint(path);
    const { run, err } = cli();
    expect(await run('--db', path, 'restore')).toBe(1);
    expect(err.join('\n')).toContain('no backups');
    expect(fingerprint(path)).toBe(before);
  });
});
