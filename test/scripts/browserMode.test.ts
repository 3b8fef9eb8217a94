import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { openCommand, runBrowserMode } from '../../scripts/browserMode.mjs';

const URL = 'http://127.0.0.1:5178/#token=abc';

/** A stand-in for the serve process: its stdout is ours to write, and it exits when told. */
function fakeServer() {
  const child = Object.assign(new EventEmitter(), { stdout: new PassThrough() });
  return child;
}

function fakeOpener() {
  return Object.assign(new EventEmitter(), { unref: vi.fn() });
}

function start(platform: NodeJS.Platform, env: Record<string, string | undefined>) {
  const server = fakeServer();
  const opener = fakeOpener();
  const spawnServer = vi.fn(() => server);
  const spawnOpener = vi.fn(() => opener);
  const output: string[] = [];
  const exited = runBrowserMode({
    spawnServer,
    spawnOpener,
    platform,
    env,
    serveScript: '/app/out/main/serve.js',
    args: ['--port', '5178'],
    write: (text) => output.push(text),
  });
  return { server, opener, spawnServer, spawnOpener, output, exited };
}

/** Lets the stream deliver what was written. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runBrowserMode', () => {
  it('runs serve with the arguments, passes on what it prints, and opens the address it prints once', async () => {
    const run = start('linux', { DISPLAY: ':0' });
    expect(run.spawnServer).toHaveBeenCalledWith(
      process.execPath,
      ['/app/out/main/serve.js', '--port', '5178'],
      expect.objectContaining({ stdio: ['inherit', 'pipe', 'inherit'] }),
    );
    run.server.stdout.write('Shelfmark library: /tmp/x.sqlite\nOpen http://127.0.0.1:5178/');
    await tick();
    expect(run.spawnOpener).not.toHaveBeenCalled();
    run.server.stdout.write('#token=abc\nOpen http://127.0.0.1:5178/#token=abc\n');
    await tick();
    expect(run.output.join('')).toBe(
      'Shelfmark library: /tmp/x.sqlite\nOpen http://127.0.0.1:5178/#token=abc\nOpen http://127.0.0.1:5178/#token=abc\n',
    );
    expect(run.spawnOpener).toHaveBeenCalledOnce();
    expect(run.spawnOpener).toHaveBeenCalledWith(
      'xdg-open',
      [URL],
      expect.objectContaining({ detached: true }),
    );
    expect(run.opener.unref).toHaveBeenCalled();
    run.server.emit('exit', 0);
    await expect(run.exited).resolves.toBe(0);
  });

  it('only prints the address where there is no browser to open', async () => {
    const run = start('linux', {});
    run.server.stdout.write(`Open ${URL}\n`);
    await tick();
    expect(run.output.join('')).toContain(URL);
    expect(run.spawnOpener).not.toHaveBeenCalled();
    run.server.emit('exit', 1);
    await expect(run.exited).resolves.toBe(1);
  });

  it('keeps serving when the opener is missing', async () => {
    const run = start('linux', { WAYLAND_DISPLAY: 'wayland-0' });
    run.server.stdout.write(`Open ${URL}\n`);
    await tick();
    expect(() => run.opener.emit('error', new Error('spawn xdg-open ENOENT'))).not.toThrow();
    run.server.emit('exit', null);
    await expect(run.exited).resolves.toBe(0);
  });

  it('says so when serve cannot be started', async () => {
    const run = start('darwin', {});
    run.server.emit('error', new Error('spawn node EACCES'));
    await expect(run.exited).resolves.toBe(1);
    expect(run.output.join('')).toContain('spawn node EACCES');
  });
});

describe('openCommand', () => {
  it("uses each system's own opener", () => {
    expect(openCommand('darwin', {}, URL)).toEqual({ command: 'open', args: [URL] });
    expect(openCommand('win32', {}, URL)).toEqual({
      command: 'rundll32',
      args: ['url.dll,FileProtocolHandler', URL],
    });
    expect(openCommand('linux', { DISPLAY: ':0' }, URL)).toEqual({ command: 'xdg-open', args: [URL] });
    expect(openCommand('linux', {}, URL)).toBeNull();
  });
});
