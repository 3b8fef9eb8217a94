import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SERVE = join(ROOT, 'out/main/serve.js');
const built = existsSync(SERVE) && existsSync(join(ROOT, 'out/renderer/index.html'));
if (!built)
  console.warn(`SKIPPED: the start-up module test needs the build (${SERVE}); run \`npm run build\` first.`);

interface StartModules {
  /** Files loaded when `serve` prints its address. */
  atAddress: string[];
  /** Files loaded once the first API call has been answered. */
  afterFirstCall: string[];
  /** Files read from disk (require.cache only) once the first API call has been answered. */
  readAfterFirstCall: string[];
  /** Files loaded once a BibTeX export has been downloaded. */
  afterExport: string[];
  firstCallOk: boolean;
}

const work = mkdtempSync(join(tmpdir(), 'shelfmark-serve-modules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts `serve` on a new library, notes what is loaded at its address and after one API call. */
function startModules(): StartModules {
  const script = `
// Files read, and the modules inside the bundle that ran (scripts/bundle-main.mjs), as paths.
const outMain = ${JSON.stringify(join(ROOT, 'out/main') + '/')};
const loaded = () => [
  ...Object.keys(require.cache),
  ...(globalThis[Symbol.for('shelfmark.modulesRun')] ?? []).map((file) => outMain + file),
];
let atAddress = [];
const log = console.log;
console.log = (...words) => {
  if (String(words[0]).startsWith('Open ')) atAddress = loaded();
  log.apply(console, words);
};
require(${JSON.stringify(SERVE)})
  .serve(['--db', ${JSON.stringify(join(work, 'library.sqlite'))}, '--create', '--port', '0'])
  .then(async (served) => {
    const url = new URL(served.url);
    const token = url.hash.slice('#token='.length);
    const response = await fetch(new URL('/api/libraryVersion', url), {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    const body = await response.json();
    const afterFirstCall = loaded();
    const readAfterFirstCall = Object.keys(require.cache);
    const started = await fetch(new URL('/api/startExport', url), {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'bibtex', selection: {} }),
    }).then((answer) => answer.json());
    await fetch(new URL('/export/' + started.value.ticket, url)).then((answer) => answer.text());
    const afterExport = loaded();
    await served.stop();
    log('MODULES ' + JSON.stringify({ atAddress, afterFirstCall, readAfterFirstCall, afterExport, firstCallOk: body.ok === true }));
  });`;
  const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const line = output.split('\n').find((text) => text.startsWith('MODULES '));
  if (!line) throw new Error(`serve printed no module list:\n${output}`);
  return JSON.parse(line.slice('MODULES '.length)) as StartModules;
}

/** The built files among `files`, relative to out/main. */
function ofMain(files: string[]): string[] {
  const outMain = join(ROOT, 'out/main') + '/';
  return files.filter((file) => file.startsWith(outMain)).map((file) => file.slice(outMain.length));
}

describe.skipIf(!built)('serve at start', () => {
  it('prints its address before loading the argument schemas and handlers, and loads them for the first call', () => {
    const { atAddress, afterFirstCall, firstCallOk } = startModules();
    expect(firstCallOk).toBe(true);
    expect(ofMain(atAddress)).toContain('db/openLibrary.js');
    for (const later of ['api/schemas.js', 'api/handlers.js', 'api/dispatch.js', 'db/paperQueries.js'])
      expect(ofMain(atAddress)).not.toContain(later);
    expect(atAddress.some((file) => file.includes('/node_modules/zod/'))).toBe(false);
    expect(ofMain(afterFirstCall)).toContain('api/handlers.js');
    expect(ofMain(afterFirstCall)).toContain('db/paperQueries.js');
  });

  it('reads its own code as one bundled file, and zod for the first call as another, not the 95 files of its package', () => {
    const { readAfterFirstCall, afterFirstCall } = startModules();
    // zod's file is read by loadBundle.js, with its code cache (scripts/bundle-main.mjs).
    expect(ofMain(readAfterFirstCall).sort()).toEqual(['loadBundle.js', 'serve.js']);
    expect(ofMain(afterFirstCall)).toContain('vendor/zod.js');
    expect(afterFirstCall.filter((file) => file.includes('/node_modules/zod/'))).toEqual([]);
  });

  it('loads the list and search path for the first call, but not import, export or identifier lookups', () => {
    const loaded = ofMain(startModules().afterFirstCall);
    for (const deferred of [
      'library/importText.js',
      'import/parseImportText.js',
      'import/withHtmlLinks.js',
      'library/exportStream.js',
      'export/renderExport.js',
      'library/lookup/importIdentifiers.js',
    ])
      expect(loaded).not.toContain(deferred);
  });

  it('loads only the BibTeX writer for a BibTeX export', () => {
    const loaded = ofMain(startModules().afterExport);
    expect(loaded).toContain('export/writeBibtex.js');
    for (const other of [
      'export/writeJson.js',
      'export/writeCsv.js',
      'export/writeRis.js',
      'import/shelfmarkJson.js',
    ])
      expect(loaded).not.toContain(other);
  });
});
