// @ts-check
// What `npm start` opens: the desktop window where Electron can run here, else the same app in a
// browser. Every check that can fail gives a reason short enough for one line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ ok: true } | { ok: false, reason: string }} Outcome */
/** @typedef {{ mode: 'desktop', binary: string } | { mode: 'browser', reason: string }} Choice */

/**
 * What chooseMode asks of the machine; each probe runs only when the earlier ones passed.
 * @typedef {object} Probes
 * @property {NodeJS.Platform} platform
 * @property {Record<string, string | undefined>} env
 * @property {boolean} isRoot
 * @property {() => string | null} findElectron the installed Electron binary, or null
 * @property {() => Outcome} fetchElectron Electron's own download (node_modules/electron/install.js)
 * @property {(binary: string) => Outcome} electronStarts the binary loads on this machine
 * @property {() => Outcome} buildNative better-sqlite3 for Electron's ABI (scripts/native-for-electron.mjs)
 */

/**
 * Whether a window can be shown: macOS and Windows always have a desktop; elsewhere an X or
 * Wayland display must be named.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 */
export function hasDisplay(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** @param {string} reason @returns {Choice} */
const browser = (reason) => ({ mode: 'browser', reason });

/**
 * Cheap checks first, so a machine that can't show a window never downloads Electron.
 * @param {Probes} probes
 * @returns {Choice}
 */
export function chooseMode(probes) {
  if (!hasDisplay(probes.platform, probes.env)) {
    return browser('there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)');
  }
  if (probes.platform === 'linux' && probes.isRoot) {
    return browser("Electron's sandbox does not run as root");
  }
  let binary = probes.findElectron();
  if (binary === null) {
    if (probes.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
      return browser("Electron's binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set");
    }
    const fetched = probes.fetchElectron();
    if (!fetched.ok) return browser(`Electron could not be downloaded (${fetched.reason})`);
    binary = probes.findElectron();
    if (binary === null) return browser("Electron's download finished, but its binary is not there");
  }
  const starts = probes.electronStarts(binary);
  if (!starts.ok) return browser(`Electron does not start on this machine (${starts.reason})`);
  const native = probes.buildNative();
  if (!native.ok) return browser(`better-sqlite3 could not be built for Electron (${native.reason})`);
  return { mode: 'desktop', binary };
}

/**
 * The line that names a failure in a child's output: the first that is not blank and not a
 * stack frame ("RequestError: getaddrinfo ENOTFOUND github.com"), trimmed to a readable length.
 * @param {string} output
 * @returns {string | null}
 */
export function firstErrorLine(output) {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !/^at\s/.test(text));
  if (line === undefined) return null;
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
}

/**
 * @typedef {{ status: number | null, signal?: NodeJS.Signals | null, stderr?: string | Buffer | null, error?: Error }} RunResult
 * @typedef {(command: string, args: string[], options: import('node:child_process').SpawnSyncOptions) => RunResult} RunSync
 */

/**
 * @param {RunResult} result
 * @param {string} what how to name a run that printed no reason
 * @returns {Outcome}
 */
export function outcomeOf(result, what) {
  if (result.status === 0 && !result.error) return { ok: true };
  const error = /** @type {NodeJS.ErrnoException | undefined} */ (result.error);
  if (error?.code === 'ETIMEDOUT') return { ok: false, reason: `${what} took too long and was stopped` };
  const reason =
    (error ? firstErrorLine(error.message) : null) ??
    firstErrorLine(String(result.stderr ?? '')) ??
    (result.signal ? `${what} was stopped by ${result.signal}` : `${what} exited with code ${result.status}`);
  return { ok: false, reason };
}

/**
 * The Electron binary the electron package points at (its path.txt), when it is there.
 * @param {string} electronDir
 * @param {{ existsSync: (path: string) => boolean, readFileSync: (path: string, encoding: 'utf8') => string }} fs
 * @returns {string | null}
 */
export function findElectronBinary(electronDir, fs = { existsSync, readFileSync }) {
  const pathFile = join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Everything but the variables that would change what a child process does. */
/** @param {Record<string, string | undefined>} env @param {string[]} names */
export function envWithout(env, names) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)));
}

/**
 * Runs electron's own installer, which downloads the binary for this platform and writes path.txt.
 * @param {RunSync} runSync
 * @param {string} electronDir
 * @param {Record<string, string | undefined>} env
 * @returns {Outcome}
 */
export function fetchElectron(runSync, electronDir, env) {
  const result = runSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    env: envWithout(env, ['ELECTRON_SKIP_BINARY_DOWNLOAD']),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60_000,
  });
  return outcomeOf(result, 'the download');
}

/**
 * Loads the binary without opening a window: a missing system library shows up here.
 * @param {RunSync} runSync
 * @param {string} binary
 * @param {Record<string, string | undefined>} env
 * @returns {Outcome}
 */
export function electronStarts(runSync, binary, env) {
  const result = runSync(binary, ['--version'], {
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 60_000,
  });
  return outcomeOf(result, 'Electron');
}

/**
 * scripts/native-for-electron.mjs prints its progress and, on failure, one line of reason on stderr.
 * @param {RunSync} runSync
 * @param {string} script
 * @returns {Outcome}
 */
export function buildNative(runSync, script) {
  const result = runSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  return outcomeOf(result, 'the build');
}
