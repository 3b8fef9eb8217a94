import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../main/cli/readTextFile';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

describe('readTextFile', () => {
  it.each([
    ['ASCII', Buffer.from('{"title":"Plain \\u00e9"}\n', 'latin1')],
    ['UTF-8 with a byte-order mark', Buffer.from('\ufeffÜber Ψ 学习 🙂', 'utf8')],
    ['bytes that are not UTF-8', Buffer.from([0x41, 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x42, 0xf0, 0x9f, 0x98])],
    ['a DEL and a NUL', Buffer.from([0x41, 0x7f, 0x00, 0x42])],
    ['nothing', Buffer.alloc(0)],
  ])('gives what readFileSync gives as utf8: %s', (_name, bytes) => {
    const path = join(tempDir(), 'file');
    writeFileSync(path, bytes);
    expect(readTextFile(path)).toBe(readFileSync(path, 'utf8'));
  });
});
