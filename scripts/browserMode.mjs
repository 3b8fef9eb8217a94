// @ts-check
// The browser mode of `npm start`: run the HTTP bridge (out/main/serve.js), pass on what it prints,
// and open the address it prints in the default browser when this machine has one.
import { hasDisplay } from './startMode.mjs';

/**
 * The command that opens a URL in the default browser, or null where there is none to open:
 * on Linux and the BSDs without a display, xdg-open would start a text browser in this terminal.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @param {string} url
 * @returns {{ command: string, args: string[] } | null}
 */
export function openCommand(platform, env, url) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // Not `cmd /c start`: cmd would need its own quoting of the URL.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return hasDisplay(platform, env) ? { command: 'xdg-open', args: [url] } : null;
}

/**
 * @typedef {import('node:events').EventEmitter & { unref?: () => void }} Child
 * @typedef {Child & { stdout: NodeJS.ReadableStream | null }} ServerChild
 * @typedef {(command: string, args: string[], options: import('node:child_process').SpawnOptions) => Child} Spawn
 */

/**
 * Starts the bridge and resolves with its exit code once it stops.
 * @param {object} options
 * @param {(command: string, args: string[], options: import('node:child_process').SpawnOptions) => ServerChild} options.spawnServer
 * @param {Spawn} options.spawnOpener
 * @param {NodeJS.Platform} options.platform
 * @param {Record<string, string | undefined>} options.env
 * @param {string} options.serveScript
 * @param {string[]} options.args passed on to serve (--db, --port)
 * @param {(text: string) => void} options.write where the bridge's output goes
 * @returns {Promise<number>}
 */
export function runBrowserMode({ spawnServer, spawnOpener, platform, env, serveScript, args, write }) {
  const server = spawnServer(process.execPath, [serveScript, ...args], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env,
  });
  let opened = false;
  let pending = '';
  server.stdout?.setEncoding('utf8');
  server.stdout?.on('data', (/** @type {string} */ chunk) => {
    write(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const url = /^Open (http:\/\/\S+)/.exec(line)?.[1];
      if (url && !opened) {
        opened = true;
        openInBrowser({ spawnOpener, platform, env, url });
      }
    }
  });
  return new Promise((resolve) => {
    server.on('error', (/** @type {Error} */ error) => {
      write(`Could not start the browser mode: ${error.message}\n`);
      resolve(1);
    });
    server.on('exit', (/** @type {number | null} */ code) => resolve(code ?? 0));
  });
}

/**
 * Best effort: if the opener is missing or fails, the address printed above is still there to click.
 * @param {{ spawnOpener: Spawn, platform: NodeJS.Platform, env: Record<string, string | undefined>, url: string }} options
 */
function openInBrowser({ spawnOpener, platform, env, url }) {
  const opener = openCommand(platform, env, url);
  if (!opener) return;
  const child = spawnOpener(opener.command, opener.args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref?.();
}
