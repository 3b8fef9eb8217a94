import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../main/serve';
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
