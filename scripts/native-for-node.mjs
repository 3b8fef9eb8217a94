#!/usr/bin/env node
// @ts-check
// The tests and the CLI run on Node. If better-sqlite3 in node_modules was rebuilt for another
// runtime (electron-builder's install-app-deps, say), rebuild it for this Node before testing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

function loads() {
  try {
    const Database = load('better-sqlite3');
    new Database(':memory:').close();
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const failure = loads();
if (failure) {
  if (!/NODE_MODULE_VERSION|different Node\.js version|invalid ELF|not a valid Win32/.test(failure.message)) {
    throw failure;
  }
  console.log('better-sqlite3 was built for another runtime; rebuilding it for this Node...');
  const npmCli = process.env.npm_execpath;
  const rebuild = spawnSync(
    npmCli ? process.execPath : 'npm',
    [...(npmCli ? [npmCli] : []), 'rebuild', 'better-sqlite3'],
    {
      stdio: 'inherit',
      shell: !npmCli && process.platform === 'win32',
    },
  );
  if (rebuild.status !== 0) process.exit(rebuild.status ?? 1);
  const again = loads();
  if (again) throw again;
}
