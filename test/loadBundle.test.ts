import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheDigest, loadBundle, userCacheDir } from '../main/loadBundle';
import { useTempDir } from './fixtures/tempLibrary';

const tempDir = useTempDir();

/** A small CommonJS bundle that uses what a module gets: require, module, __dirname. */
function writeBundle(dir: string, answer: number): string {
  const file = join(dir, 'cli.js');
  writeFileSync(
    file,
    `const { basename } = require('node:path');
exports.answer = () => ${answer};
exports.folder = basename(__dirname);
exports.sameModule = module.exports === exports;\n`,
  );
  return file;
}

function setUp(): { file: string; env: NodeJS.ProcessEnv; cacheFile: () => string } {
  const dir = tempDir();
  const env = { SHELFMARK_CACHE_DIR: join(dir, 'cache') };
  const file = writeBundle(dir, 42);
  const cacheFile = () => {
    const [name] = readdirSync(env.SHELFMARK_CACHE_DIR);
    if (!name) throw new Error('no cache file was written');
    return join(env.SHELFMARK_CACHE_DIR, name);
  };
  return { file, env, cacheFile };
}

describe('loadBundle', () => {
  it('runs a bundle as require() would, makes its code cache, then uses it', () => {
    const { file, env, cacheFile } = setUp();
    const first = loadBundle(file, env);
    expect(first.cache).toBe('absent');
    expect((first.exports.answer as () => number)()).toBe(42);
    expect(first.exports.folder).toBe(file.split('/').at(-2));
    expect(first.exports.sameModule).toBe(true);
    first.saveCache();
    expect(cacheFile()).toMatch(/cli-.+\.code-cache$/);
    expect(loadBundle(file, env, 'search').cache).toBe('absent');

    const second = loadBundle(file, env);
    expect(second.cache).toBe('used');
    expect((second.exports.answer as () => number)()).toBe(42);
  });

  it('inside Electron runs the bundle without a code cache, and saves none', () => {
    const { file, env } = setUp();
    loadBundle(file, env).saveCache();
    const inElectron = loadBundle(file, env, undefined, { ...process.versions, electron: '39.0.0' });
    expect(inElectron.cache).toBe('off');
    expect((inElectron.exports.answer as () => number)()).toBe(42);
    inElectron.saveCache();
    expect(readdirSync(env.SHELFMARK_CACHE_DIR ?? '')).toHaveLength(1);
  });

  it('ignores a damaged cache, still starts, and makes the cache again', () => {
    const { file, env, cacheFile } = setUp();
    loadBundle(file, env).saveCache();
    const damaged = readFileSync(cacheFile());
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] ?? 0) ^ 0xff;
    writeFileSync(cacheFile(), damaged);
    const run = loadBundle(file, env);
    expect(run.cache).toBe('stale');
    expect((run.exports.answer as () => number)()).toBe(42);
    run.saveCache();
    expect(loadBundle(file, env).cache).toBe('used');

    writeFileSync(cacheFile(), 'not a cache');
    expect(loadBundle(file, env).cache).toBe('stale');
  });

  it('never takes the cache of another build, even of the same length', () => {
    const { file, env } = setUp();
    loadBundle(file, env).saveCache();
    writeBundle(join(file, '..'), 43);
    const rebuilt = loadBundle(file, env);
    expect(rebuilt.cache).toBe('stale');
    expect((rebuilt.exports.answer as () => number)()).toBe(43);
  });

  it('starts when V8 refuses the cache it is given', () => {
    const { file, env, cacheFile } = setUp();
    loadBundle(file, env).saveCache();
    // A text this process has not compiled yet: V8 would take a compiled one from its own memory.
    writeBundle(join(file, '..'), 44);
    const junk = Buffer.from('junk that is not V8 code, with a digest that matches it');
    writeFileSync(cacheFile(), Buffer.concat([codeCacheDigest(readFileSync(file, 'utf8'), junk), junk]));
    const run = loadBundle(file, env);
    expect(run.cache).toBe('rejected');
    expect((run.exports.answer as () => number)()).toBe(44);
    run.saveCache();
    expect(loadBundle(file, env).cache).toBe('used');
  });

  it('starts and saves nothing when the cache folder cannot be made', () => {
    const { file } = setUp();
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const run = loadBundle(file, { SHELFMARK_CACHE_DIR: join(blocked, 'cache') });
    expect((run.exports.answer as () => number)()).toBe(42);
    expect(() => run.saveCache()).not.toThrow();
  });
});

describe('userCacheDir', () => {
  it("is SHELFMARK_CACHE_DIR, else each platform's cache folder", () => {
    expect(userCacheDir({ SHELFMARK_CACHE_DIR: '/c' }, 'linux', '/home/a')).toBe('/c');
    expect(userCacheDir({}, 'linux', '/home/a')).toBe('/home/a/.cache/shelfmark');
    expect(userCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/shelfmark');
    expect(userCacheDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Caches/Shelfmark');
    expect(userCacheDir({ LOCALAPPDATA: 'C:/L' }, 'win32', 'C:/U')).toBe(join('C:/L', 'Shelfmark', 'Cache'));
  });
});
