import type * as Fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from './fixtures/tempLibrary';

/** Every fs call writeFileSafely makes, in order, with the path (or the path its fd was opened on). */
const calls: string[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const opened = new Map<number, string>();
  const wrap =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R, describe: (...args: A) => string) =>
    (...args: A): R => {
      const result = fn(...args);
      calls.push(`${name} ${describe(...args)}`);
      return result;
    };
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      const fd = fs.openSync(...args);
      opened.set(fd, String(args[0]));
      calls.push(`open ${String(args[0])}`);
      return fd;
    },
    writeFileSync: wrap('write', fs.writeFileSync, (target) =>
      typeof target === 'number' ? (opened.get(target) ?? '?') : String(target),
    ),
    fsyncSync: wrap('fsync', fs.fsyncSync, (fd) => opened.get(fd) ?? '?'),
    renameSync: wrap('rename', fs.renameSync, (from, to) => `${String(from)} -> ${String(to)}`),
    closeSync: wrap('close', fs.closeSync, (fd) => opened.get(fd) ?? '?'),
  };
});

const tempDir = useTempDir();

describe('writeFileSafely survives a power cut', () => {
  it('fsyncs the temporary file before the rename, and the folder after it', async () => {
    const { writeFileSafely } = await import('../main/writeFileSafely');
    const dir = tempDir();
    const path = join(dir, 'export.bib');
    calls.length = 0;
    writeFileSafely(path, '@misc{a, title={A}}');
    const temporary = join(dir, `.export.bib.${process.pid}.tmp`);
    const order = calls.filter((call) => /^(write|fsync|rename) /.test(call));
    expect(order).toEqual([
      `write ${temporary}`,
      `fsync ${temporary}`,
      `rename ${temporary} -> ${path}`,
      `fsync ${dir}`,
    ]);
  });
});
