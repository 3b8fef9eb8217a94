import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from './fixtures/tempLibrary';

/** The writes, flushes and renames writeChunksSafely makes, in order. */
const calls: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const path = String(args[0]);
      const write = handle.write.bind(handle) as (chunk: string) => Promise<unknown>;
      const sync = handle.sync.bind(handle);
      return Object.assign(handle, {
        write: (chunk: string) => {
          calls.push(`write ${path}`);
          return write(chunk);
        },
        sync: () => {
          calls.push(`fsync ${path}`);
          return sync();
        },
      });
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const opened = new Map<number, string>();
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      const fd = fs.openSync(...args);
      opened.set(fd, String(args[0]));
      return fd;
    },
    fsyncSync: (fd: number) => {
      calls.push(`fsync ${opened.get(fd) ?? '?'}`);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename ${from} -> ${to}`);
      fs.renameSync(from, to);
    },
  };
});

const tempDir = useTempDir();

describe('writeChunksSafely', () => {
  it('writes each chunk as it comes, flushes the file before the rename and the folder after it', async () => {
    const { writeChunksSafely } = await import('../main/writeFileSafely');
    const dir = tempDir();
    const path = join(dir, 'export.bib');
    calls.length = 0;
    async function* chunks() {
      await Promise.resolve();
      yield '% head\n';
      yield '@misc{a}\n';
      yield '@misc{b}\n';
    }
    await writeChunksSafely(path, chunks());
    const temporary = join(dir, `.export.bib.${process.pid}.tmp`);
    expect(calls).toEqual([
      `write ${temporary}`,
      `write ${temporary}`,
      `write ${temporary}`,
      `fsync ${temporary}`,
      `rename ${temporary} -> ${path}`,
      ...(process.platform === 'win32' ? [] : [`fsync ${dir}`]),
    ]);
    expect(readFileSync(path, 'utf8')).toBe('% head\n@misc{a}\n@misc{b}\n');
    expect(readdirSync(dir)).toEqual(['export.bib']);
  });

  it('leaves the file that was there, and no temporary file, when the chunks fail half way', async () => {
    const { writeChunksSafely } = await import('../main/writeFileSafely');
    const dir = tempDir();
    const path = join(dir, 'export.bib');
    writeFileSync(path, 'the good file');
    async function* failing() {
      yield await Promise.resolve('half of a new file');
      throw new Error('the export was cancelled');
    }
    await expect(writeChunksSafely(path, failing())).rejects.toThrow('cancelled');
    expect(readFileSync(path, 'utf8')).toBe('the good file');
    expect(existsSync(join(dir, `.export.bib.${process.pid}.tmp`))).toBe(false);
  });
});
