#!/usr/bin/env node
// @ts-check
// Builds better-sqlite3 for the installed Electron into .native/electron-<version>/, beside the
// Node build in node_modules that the tests and the CLI use, so `npm start` and `npm test` never
// undo each other. main/shell/nativeBinding.ts picks this file up when Electron runs unpackaged.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleVersionOf } from './nativeAbi.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
const abiFile = join(electronDir, 'abi_version');
const expectedAbi = existsSync(abiFile) ? Number(readFileSync(abiFile, 'utf8').trim()) : null;
const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
const target = join(root, '.native', `electron-${version}`, 'better_sqlite3.node');

/** @param {number | null} abi */
function fitsElectron(abi) {
  if (abi === null) return false;
  return expectedAbi === null ? abi !== Number(process.versions.modules) : abi === expectedAbi;
}

if (existsSync(target) && fitsElectron(moduleVersionOf(readFileSync(target)))) process.exit(0);

console.log(
  `Building better-sqlite3 for Electron ${version} (once; the Node build for the tests stays as it is)...`,
);
const work = join(root, '.native', `build-electron-${version}`);
rmSync(work, { recursive: true, force: true });
cpSync(sourceDir, work, { recursive: true, filter: (path) => path !== join(sourceDir, 'build') });

/** npm exports its config (nodedir among it) to scripts; node-gyp must see none of it. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)),
);

/** @param {string} script @param {string[]} args */
function run(script, args) {
  return (
    spawnSync(process.execPath, [script, ...args], { cwd: work, stdio: 'inherit', env: cleanEnv }).status ===
    0
  );
}

const electronFlags = [`--target=${version}`, `--arch=${process.arch}`];
const prebuilt = run(require.resolve('prebuild-install/bin.js'), ['--runtime=electron', ...electronFlags]);
const nodeGyp = process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js');
if (!prebuilt) {
  console.log('No prebuilt binary could be fetched; compiling from source.');
  run(nodeGyp, ['rebuild', '--release', ...electronFlags, '--dist-url=https://electronjs.org/headers']);
}

const built = join(work, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(built)) {
  console.error(
    `Could not build better-sqlite3 for Electron ${version}. It needs either a prebuilt binary from GitHub or ` +
      'a C++ toolchain (Python 3, make and a C++ compiler; on Windows, Visual Studio Build Tools) and the ' +
      'Electron headers from electronjs.org.',
  );
  process.exit(1);
}
const abi = moduleVersionOf(readFileSync(built));
if (!fitsElectron(abi)) {
  console.error(
    `The build came out for NODE_MODULE_VERSION ${abi}, not Electron ${version}'s ${expectedAbi ?? '(unknown)'}. ` +
      "This happens when npm's nodedir setting points at Node's headers: check `npm config get nodedir`.",
  );
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(built, target);
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${version} is at ${target}.`);
