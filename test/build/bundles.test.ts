import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../fixtures/tempLibrary';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/shelfmark.js');
const SERVE = join(ROOT, 'out/main/serve.js');
const built = existsSync(join(ROOT, 'out/main/cli.js')) && existsSync(SERVE);
if (!built) console.warn('SKIPPED: the bundle test needs the build; run `npm run build` first.');

const tempDir = useTempDir();

/** Runs the built CLI as a person does, in a process of its own. */
function shelfmark(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return shelfmarkCachingIn(join(tempDir(), 'cache'), ...args);
}

function shelfmarkCachingIn(
  cacheDir: string,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SHELFMARK_NO_BACKGROUND_INDEX: '1', SHELFMARK_CACHE_DIR: cacheDir },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!built)('the built bundles (scripts/bundle-main.mjs)', () => {
  it('the CLI answers --help with every command', () => {
    const { status, stdout } = shelfmark('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: shelfmark/);
    for (const name of ['import', 'search', 'export', 'lookup', 'restore'])
      expect(stdout).toContain(`  ${name} `);
  });

  it('the CLI imports, searches and exports a small library, its worker files found beside the bundle', () => {
    const db = join(tempDir(), 'library.sqlite');
    const bib = join(tempDir(), 'papers.bib');
    writeFileSync(
      bib,
      '@article{ha2018world, title = {World Models}, author = {Ha, David}, year = {2018}}\n' +
        '@article{sutton1999policy, title = {Policy Gradient Methods}, author = {Sutton, Richard}, year = {1999}}\n',
    );
    // BibTeX is read in the bibtex worker, which the bundle finds at out/main/import/bibtexWorker.js.
    expect(shelfmark('--db', db, '--create', 'import', bib).status).toBe(0);
    const found = shelfmark('--db', db, 'search', 'world', '--json');
    expect(found.status).toBe(0);
    expect((JSON.parse(found.stdout) as { citekey: string }[]).map((paper) => paper.citekey)).toEqual([
      'ha2018world',
    ]);
    const exported = shelfmark('--db', db, 'export', '--format', 'bibtex');
    expect(exported.stdout).toContain('@article{sutton1999policy,');
  });

  it("the CLI keeps a code cache per command in the user's cache folder, and a damaged one does not stop it", () => {
    const cacheDir = join(tempDir(), 'cache');
    const db = join(tempDir(), 'library.sqlite');
    expect(shelfmarkCachingIn(cacheDir, '--db', db, 'init').status).toBe(0);
    expect(shelfmarkCachingIn(cacheDir, '--db', db, 'search', 'anything').status).toBe(0);
    const names = readdirSync(cacheDir).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^cli-init-.+\.code-cache$/);
    expect(names[1]).toMatch(/^cli-search-.+\.code-cache$/);
    const cacheFile = join(cacheDir, names[1] ?? '');
    const made = readFileSync(cacheFile);
    expect(made.length).toBeGreaterThan(1000);
    writeFileSync(cacheFile, made.subarray(0, made.length / 2));
    const run = shelfmarkCachingIn(cacheDir, '--db', db, 'search', 'anything');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No papers.');
    // Made again by the run that could not use it.
    expect(readFileSync(cacheFile).length).toBeGreaterThan(made.length / 2);
  });

  it('serve answers --help', () => {
    const usage = execFileSync(process.execPath, [SERVE, '--help'], { encoding: 'utf8' });
    expect(usage).toMatch(/^Usage: npm run serve/);
  });
});
