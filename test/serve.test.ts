import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../main/serve';
import type { ApiResponse } from '../preload/api';
import { damagedLibraryWithBackup } from './fixtures/damagedLibrary';
import { useTempDir } from './fixtures/tempLibrary';

const tempDir = useTempDir();

describe('npm run serve', () => {
  it('refuses a --db that names no library, says how to make one, and creates nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'no', 'such', 'lib.sqlite');
    await expect(serve(['--db', path, '--port', '0'])).rejects.toThrow(
      new RegExp(`no Shelfmark library at ${path}.*--create`, 's'),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a zero-byte file and leaves it empty', async () => {
    const dir = tempDir();
    const path = join(dir, 'empty.sqlite');
    writeFileSync(path, '');
    await expect(serve(['--db', path, '--port', '0'])).rejects.toThrow(/empty file \(0 bytes\).*--create/s);
    expect(readdirSync(dir)).toEqual(['empty.sqlite']);
  });
});

describe('npm run serve on a library found damaged', () => {
  it('starts, offers the backups to the page, restores one and then serves the library', async () => {
    const path = join(tempDir(), 'library.sqlite');
    await damagedLibraryWithBackup(path, 30);
    const served = await serve(['--db', path, '--port', '0']);
    if (!served) throw new Error('serve did not start');
    try {
      const { origin, hash } = new URL(served.url);
      const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
      const call = async (method: string, args: unknown = {}) => {
        const response = await fetch(`${origin}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        });
        return { status: response.status, body: (await response.json()) as ApiResponse<unknown> };
      };
      const state = await call('damagedLibrary');
      expect(state.body).toMatchObject({ ok: true, value: { path, backups: [{ reason: 'daily' }] } });
      expect(await call('listPapers')).toMatchObject({ status: 500, body: { error: { code: 'damaged' } } });
      expect(await call('restoreBackup')).toMatchObject({ status: 200, body: { ok: true } });
      const papers = await call('listPapers');
      expect(papers.body.ok && (papers.body.value as unknown[]).length).toBe(30);
    } finally {
      await served.stop();
    }
  });
});
