import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../main/cli';
import { backupsDir } from '../../main/db/backups';
import { openLibrary } from '../../main/db/openLibrary';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();
const failure = vi.hoisted(() => ({ code: '' }));

vi.mock('../../main/db/paperQueries', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  return {
    ...original,
    listPapers: () => {
      throw Object.assign(new Error(`${failure.code}: database disk image is malformed (raw)`), {
        code: failure.code,
      });
    },
  };
});

afterEach(() => {
  failure.code = '';
});

async function listWith(code: string) {
  failure.code = code;
  const { runCli } = await import('../../main/cli');
  const path = join(tempDir(), 'library.sqlite');
  openLibrary(path).close();
  const err: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (t) => err.push(t), readStdin: () => '', env: {} };
  const status = await runCli(['--db', path, 'list'], io);
  return { status, message: err.join('\n'), path };
}

describe('the CLI never shows SQLite or JavaScript error text', () => {
  it.each([
    ['SQLITE_FULL', /disk is full\. Nothing was saved/],
    ['SQLITE_BUSY', /Another Shelfmark is writing to the library.*try again/],
    ['SQLITE_CORRUPT', /damaged\. Nothing was saved.*shelfmark restore/s],
    ['SQLITE_MISUSE', /Something went wrong inside Shelfmark\. Nothing was saved/],
  ])('%s becomes a clear message and exit 1', async (code, message) => {
    const { status, message: text } = await listWith(code);
    expect(status).toBe(1);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/SQLITE_|malformed|\(raw\)/);
  });

  it('asks for a full check at the next open after SQLite reports damage', async () => {
    const { path } = await listWith('SQLITE_CORRUPT');
    expect(existsSync(join(backupsDir(path), 'library.check-requested'))).toBe(true);
  });
});
