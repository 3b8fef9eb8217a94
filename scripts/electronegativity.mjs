#!/usr/bin/env node
// Runs Electronegativity over the app's sources and fails on any finding not in the allowlist.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithAllowlist, findingsOf } from './electronegativityFindings.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const allowlist = JSON.parse(readFileSync(join(root, 'electronegativity-allowlist.json'), 'utf8'));

// Only what ships in the app: main, preload and the renderer's sources and page (not tests, not node_modules).
const stage = mkdtempSync(join(tmpdir(), 'shelfmark-electronegativity-'));
try {
  for (const part of ['main', 'preload', 'renderer/src', 'renderer/index.html', 'package.json']) {
    cpSync(join(root, part), join(stage, part), { recursive: true });
  }
  const sarif = join(stage, 'results.sarif');
  const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const run = spawnSync(
    process.execPath,
    [cli, '-i', stage, '-r', '-e', electronVersion, '-o', sarif, '-v', 'false'],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    console.error(`electronegativity failed to run (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  const findings = findingsOf(JSON.parse(readFileSync(sarif, 'utf8')));
  const { unexpected, stale } = compareWithAllowlist(findings, allowlist);
  for (const key of unexpected)
    console.error(
      `New Electronegativity finding: ${key}. Fix it, or add it with its reason to electronegativity-allowlist.json.`,
    );
  for (const key of stale)
    console.error(`Listed in electronegativity-allowlist.json but no longer found: ${key}. Remove it.`);
  if (unexpected.length > 0 || stale.length > 0) process.exit(1);
  console.log(
    `Electronegativity: ${findings.length} findings, all reviewed false positives (electronegativity-allowlist.json).`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
