import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Where Shelfmark keeps what it can always make again (SHELFMARK_CACHE_DIR, else the platform's own). */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.SHELFMARK_CACHE_DIR) return env.SHELFMARK_CACHE_DIR;
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Shelfmark', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Shelfmark');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'shelfmark');
}

/**
 * How the code cache went: used, or why not (none yet, one left over from another build or
 * damaged, refused by V8, or off: inside Electron).
 */
export type CodeCacheState = 'used' | 'absent' | 'stale' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  cache: CodeCacheState;
  /** Saves V8's code for what ran so far, unless a good cache was used; never throws. */
  saveCache(): void;
}

const DIGEST_BYTES = 32;

/**
 * What a cache file starts with: the digest of the bundle's text, Node's flags and the cache's own
 * bytes. V8 itself compares only the text's length, so a cache of another build of the same length
 * would otherwise be taken.
 */
export function codeCacheDigest(
  source: string,
  code: Uint8Array,
  flags: readonly string[] = process.execArgv,
): Buffer {
  return createHash('sha256').update(flags.join('\0')).update('\0').update(source).update(code).digest();
}

/**
 * Runs a CommonJS bundle (out/main/cli.js) as require() would, but compiled with V8's code cache
 * for it when there is a good one: a run then parses and compiles almost none of the bundle's
 * code. The cache is a file in the user's cache folder, named for the bundle, the `variant` (the
 * CLI's command: each command runs other code) and the V8 it was made by; it starts with a digest (`codeCacheDigest`), so a cache of another build or a damaged
 * file is never handed to V8, and V8 refuses one it cannot use; either is then made again.
 */
export function loadBundle(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  variant?: string,
  versions: NodeJS.ProcessVersions = process.versions,
): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  // Electron's main runs only code from the app's own files (its asar integrity fuses): no code
  // from a folder the user can write is handed to V8 there.
  if (versions.electron)
    return { exports: run(file, source).exports, cache: 'off', saveCache: () => undefined };
  const name = [basename(file, '.js'), variant, process.versions.v8, process.arch].filter(Boolean).join('-');
  const cacheFile = join(userCacheDir(env), `${name}.code-cache`);
  const digest = (code: Uint8Array) => codeCacheDigest(source, code);
  let cache: CodeCacheState = 'absent';
  let cachedData: Buffer | undefined;
  try {
    const saved = readFileSync(cacheFile);
    const code = saved.subarray(DIGEST_BYTES);
    if (digest(code).equals(saved.subarray(0, DIGEST_BYTES))) cachedData = code;
    else cache = 'stale';
  } catch {
    // No cache yet (or none readable): compile as require() would.
  }
  const { script, exports } = run(file, source, cachedData);
  if (cachedData) cache = script.cachedDataRejected === true ? 'rejected' : 'used';
  return {
    exports,
    cache,
    saveCache() {
      if (cache === 'used') return;
      try {
        const code = script.createCachedData();
        mkdirSync(dirname(cacheFile), { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([digest(code), code]));
        renameSync(temporary, cacheFile);
      } catch {
        // Only a head start: the next run compiles the bundle as this one did.
      }
    },
  };
}

/** Compiles the bundle as a CommonJS module (with V8's cached code for it, if given) and runs it. */
function run(
  file: string,
  source: string,
  cachedData?: Buffer,
): { script: Script; exports: Record<string, unknown> } {
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const made = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    made.exports,
    createRequire(file),
    made,
    file,
    dirname(file),
  );
  return { script, exports: made.exports };
}
