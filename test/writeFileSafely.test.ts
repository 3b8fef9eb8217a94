import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely } from '../main/writeFileSafely';
import { useTempDir } from './fixtures/tempLibrary';

const tempDir = useTempDir();

describe('writeFileSafely', () => {
  it('replaces a file whole', () => {
    const path = join(tempDir(), 'out.bib');
    writeFileSync(path, 'old');
    writeFileSafely(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('leaves what was there, and no temporary file, when the write cannot finish', () => {
    const dir = tempDir();
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'precious');
    expect(() => writeFileSafely(target, 'new')).toThrow();
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
