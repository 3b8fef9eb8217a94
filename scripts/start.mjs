#!/usr/bin/env node
// @ts-check
// `npm start` (after `npm run build`): the desktop window where Electron runs here; otherwise one
// line saying why, and the same app in the browser through the HTTP bridge. `npm install` never
// downloads Electron (package.json's allowScripts turns its postinstall off); this does, once.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserMode } from './browserMode.mjs';
import {
  buildNative,
  chooseMode,
  electronStarts,
  envWithout,
  fetchElectron,
  findElectronBinary,
} from './startMode.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** @returns {string | null} */
function electronDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
const version = dir ? String(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version) : '';

const choice = chooseMode({
  platform: process.platform,
  env: process.env,
  isRoot: process.getuid?.() === 0,
  findElectron: () => (dir ? findElectronBinary(dir) : null),
  fetchElectron: () => {
    if (!dir) return { ok: false, reason: 'the electron package is not installed; run `npm install`' };
    console.log(`Downloading Electron ${version} for the desktop window (once)...`);
    return fetchElectron(spawnSync, dir, process.env);
  },
  electronStarts: (binary) => electronStarts(spawnSync, binary, process.env),
  buildNative: () => buildNative(spawnSync, join(root, 'scripts', 'native-for-electron.mjs')),
});

if (choice.mode === 'desktop') {
  console.log(`Shelfmark opens in its desktop window (Electron ${version}).`);
  const app = spawn(choice.binary, ['.', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: envWithout(process.env, ['ELECTRON_RUN_AS_NODE']),
  });
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  console.log(`Shelfmark opens in your browser instead of its desktop window: ${choice.reason}.`);
  process.exitCode = await runBrowserMode({
    spawnServer: spawn,
    spawnOpener: spawn,
    platform: process.platform,
    env: process.env,
    serveScript: join(root, 'out', 'main', 'serve.js'),
    args,
    write: (text) => process.stdout.write(text),
  });
}
