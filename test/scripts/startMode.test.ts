import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  buildNative,
  chooseMode,
  electronStarts,
  fetchElectron,
  findElectronBinary,
  firstErrorLine,
  hasDisplay,
  type Probes,
} from '../../scripts/startMode.mjs';

const BINARY = '/app/node_modules/electron/dist/electron';

/** A Linux desktop where everything works, as a non-root user; each test breaks one thing. */
function probes(overrides: Partial<Probes> = {}): Probes {
  return {
    platform: 'linux',
    env: { DISPLAY: ':0' },
    isRoot: false,
    findElectron: vi.fn(() => BINARY),
    fetchElectron: vi.fn(() => ({ ok: true as const })),
    electronStarts: vi.fn(() => ({ ok: true as const })),
    buildNative: vi.fn(() => ({ ok: true as const })),
    ...overrides,
  };
}

/** The one line's reason, or 'desktop' when the window would open. */
function reasonFor(machine: Probes): string {
  const choice = chooseMode(machine);
  return choice.mode === 'browser' ? choice.reason : 'desktop';
}

describe('chooseMode', () => {
  it('opens the desktop window when Electron is installed, starts, and better-sqlite3 builds for it', () => {
    const machine = probes();
    expect(chooseMode(machine)).toEqual({ mode: 'desktop', binary: BINARY });
    expect(machine.fetchElectron).not.toHaveBeenCalled();
    expect(machine.electronStarts).toHaveBeenCalledWith(BINARY);
    expect(machine.buildNative).toHaveBeenCalled();
  });

  it('downloads Electron when its binary is missing, then opens the desktop window', () => {
    const findElectron = vi.fn<() => string | null>().mockReturnValueOnce(null).mockReturnValue(BINARY);
    const machine = probes({ findElectron });
    expect(chooseMode(machine)).toEqual({ mode: 'desktop', binary: BINARY });
    expect(machine.fetchElectron).toHaveBeenCalledOnce();
  });

  it('falls back to the browser, saying why, when the download fails', () => {
    const machine = probes({
      findElectron: () => null,
      fetchElectron: () => ({ ok: false, reason: 'RequestError: getaddrinfo ENOTFOUND github.com' }),
    });
    expect(chooseMode(machine)).toEqual({
      mode: 'browser',
      reason: 'Electron could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com)',
    });
    expect(machine.buildNative).not.toHaveBeenCalled();
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const machine = probes({
      findElectron: () => null,
      env: { DISPLAY: ':0', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(reasonFor(machine)).toBe(
      "Electron's binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set",
    );
    expect(machine.fetchElectron).not.toHaveBeenCalled();
  });

  it('says so when a download reports success but leaves no binary', () => {
    expect(reasonFor(probes({ findElectron: () => null }))).toBe(
      "Electron's download finished, but its binary is not there",
    );
  });

  it('never downloads Electron on a machine with no display, or as root on Linux', () => {
    for (const machine of [probes({ env: {} }), probes({ isRoot: true })]) {
      expect(chooseMode(machine).mode).toBe('browser');
      expect(machine.findElectron).not.toHaveBeenCalled();
      expect(machine.fetchElectron).not.toHaveBeenCalled();
    }
    expect(reasonFor(probes({ env: {} }))).toBe(
      'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    );
    expect(reasonFor(probes({ isRoot: true }))).toBe("Electron's sandbox does not run as root");
  });

  it('falls back when the binary does not start here, or better-sqlite3 cannot be built for it', () => {
    expect(
      chooseMode(
        probes({ electronStarts: () => ({ ok: false, reason: 'libnss3.so: cannot open shared object' }) }),
      ),
    ).toEqual({
      mode: 'browser',
      reason: 'Electron does not start on this machine (libnss3.so: cannot open shared object)',
    });
    const noNative = probes({ buildNative: () => ({ ok: false, reason: 'no compiler' }) });
    expect(chooseMode(noNative)).toEqual({
      mode: 'browser',
      reason: 'better-sqlite3 could not be built for Electron (no compiler)',
    });
  });

  it('opens the desktop window on macOS and Windows without a DISPLAY, and as an administrator', () => {
    expect(chooseMode(probes({ platform: 'darwin', env: {}, isRoot: true })).mode).toBe('desktop');
    expect(chooseMode(probes({ platform: 'win32', env: {} })).mode).toBe('desktop');
  });
});

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux and the BSDs', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('freebsd', { DISPLAY: ':1' })).toBe(true);
  });
});

describe('firstErrorLine', () => {
  it("names the failure, not the stack, from electron's installer output", () => {
    const output = [
      '',
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/x/node_modules/got/dist/source/core/index.js:970:111)',
      '    at Object.onceWrapper (node:events:639:26)',
    ].join('\n');
    expect(firstErrorLine(output)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
  });

  it('returns null for output with nothing in it, and shortens a very long line', () => {
    expect(firstErrorLine('\n  \n')).toBeNull();
    expect(firstErrorLine('x'.repeat(400))).toHaveLength(240);
  });
});

describe('the probes', () => {
  it('find the binary only when path.txt names one that exists', () => {
    const dir = '/app/node_modules/electron';
    const files = new Map([[join(dir, 'path.txt'), 'electron']]);
    const fs = {
      existsSync: (path: string) => files.has(path),
      readFileSync: (path: string) => files.get(path) ?? '',
    };
    expect(findElectronBinary(dir, fs)).toBeNull();
    files.set(join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir, fs)).toBe(join(dir, 'dist', 'electron'));
    files.clear();
    expect(findElectronBinary(dir, fs)).toBeNull();
  });

  it("run electron's own installer without ELECTRON_SKIP_BINARY_DOWNLOAD, and report its error line", () => {
    const runSync = vi.fn(() => ({
      status: 1,
      stderr: 'HTTPError: Response code 403 (Forbidden)\n    at Request.<anonymous> (got.js:1:1)\n',
    }));
    const outcome = fetchElectron(runSync, '/e', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', HOME: '/h' });
    expect(outcome).toEqual({ ok: false, reason: 'HTTPError: Response code 403 (Forbidden)' });
    expect(runSync).toHaveBeenCalledWith(
      process.execPath,
      [join('/e', 'install.js')],
      expect.objectContaining({ cwd: '/e', env: { HOME: '/h' } }),
    );
  });

  it('say when a download was stopped for taking too long', () => {
    const timedOut = Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' });
    expect(fetchElectron(() => ({ status: null, signal: 'SIGTERM', error: timedOut }), '/e', {})).toEqual({
      ok: false,
      reason: 'the download took too long and was stopped',
    });
  });

  it('load Electron as Node to see that it starts, without opening a window', () => {
    const runSync = vi.fn(() => ({ status: 0, stderr: '' }));
    expect(electronStarts(runSync, BINARY, { DISPLAY: ':0' })).toEqual({ ok: true });
    expect(runSync).toHaveBeenCalledWith(
      BINARY,
      ['--version'],
      expect.objectContaining({ env: { DISPLAY: ':0', ELECTRON_RUN_AS_NODE: '1' } }),
    );
    const missing = Object.assign(new Error('spawnSync /x ENOENT'), { code: 'ENOENT' });
    expect(electronStarts(() => ({ status: null, error: missing }), BINARY, {})).toEqual({
      ok: false,
      reason: 'spawnSync /x ENOENT',
    });
  });

  it("pass on native-for-electron's one-line reason, or its exit code when it gives none", () => {
    expect(
      buildNative(() => ({ status: 1, stderr: 'no compiler; details in .native/x.log\n' }), 's.mjs'),
    ).toEqual({
      ok: false,
      reason: 'no compiler; details in .native/x.log',
    });
    expect(buildNative(() => ({ status: 3, stderr: '' }), 's.mjs')).toEqual({
      ok: false,
      reason: 'the build exited with code 3',
    });
  });
});
