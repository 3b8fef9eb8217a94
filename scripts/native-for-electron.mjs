#!/usr/bin/env node
// @ts-check
// Builds better-sqlite3 for the installed Electron into .native/electron-<version>/, beside the
// Node build in node_modules that the tests and the CLI use, so `npm start` and `npm test` never
// undo each other. main/shell/nativeBinding.ts picks this file up when Electron runs unpackaged.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
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

// The tools' own output goes to a log: `npm start` shows one line when this fails, and the log has the rest.
const logName = join('.native', `build-electron-${version}.log`);
const log = join(root, logName);
const logFd = openSync(log, 'w');

/** @param {string} script @param {string[]} args */
function run(script, args) {
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = ['ignore', logFd, logFd];
  return spawnSync(process.execPath, [script, ...args], { cwd: work, stdio, env: cleanEnv }).status === 0;
}

/** @param {string} reason one line, for `npm start` to pass on */
function fail(reason) {
  closeSync(logFd);
  console.error(`${reason}; details in ${logName}`);
  process.exit(1);
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
  fail('no prebuilt binary could be downloaded, and compiling one failed');
}
const abi = moduleVersionOf(readFileSync(built));
if (!fitsElectron(abi)) {
  fail(
    `the build came out for NODE_MODULE_VERSION ${abi}, not Electron ${version}'s ${expectedAbi ?? '(unknown)'}; ` +
      "npm's nodedir setting does this: check `npm config get nodedir`",
  );
}
closeSync(logFd);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(built, target);
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${version} is at ${target}.`);
