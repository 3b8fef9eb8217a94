import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SERVE = join(ROOT, 'out/main/serve.js');
const built = existsSync(SERVE) && existsSync(join(ROOT, 'out/renderer/index.html'));
if (!built)
  console.warn(`SKIPPED: the start order test needs the build (${SERVE}); run \`npm run build\` first.`);

interface StartOrder {
  /** The API (its last module) had run, a while after the page's script alone was sent. */
  apiAfterScriptOnly: boolean;
  /** It had run once the stylesheet was sent too. */
  apiAfterAllFiles: boolean;
  firstCallOk: boolean;
}

const work = mkdtempSync(join(tmpdir(), 'shelfmark-serve-order-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Starts `serve` on a new library and fetches the page, then its script alone, then its
 * stylesheet, noting after each whether the API has been loaded (scripts/bundle-main.mjs lists
 * the modules of the bundle that ran).
 */
function startOrder(): StartOrder {
  const script = `
const apiLoaded = () =>
  (globalThis[Symbol.for('shelfmark.modulesRun')] ?? []).includes('api/serveDispatch.js');
const loadedWithin = async (ms) => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (apiLoaded()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return apiLoaded();
};
require(${JSON.stringify(SERVE)})
  .serve(['--db', ${JSON.stringify(join(work, 'library.sqlite'))}, '--create', '--port', '0'])
  .then(async (served) => {
    const url = new URL(served.url);
    const page = await fetch(new URL('/', url)).then((answer) => answer.text());
    const file = (pattern) => new URL(pattern.exec(page)[1], url);
    await fetch(file(/<script[^>]*src="([^"]+)"/)).then((answer) => answer.text());
    // Long enough for the API's load to end, had the script alone started it.
    const apiAfterScriptOnly = await loadedWithin(3000);
    await fetch(file(/<link rel="stylesheet"[^>]*href="([^"]+)"/)).then((answer) => answer.text());
    const apiAfterAllFiles = await loadedWithin(60000);
    const token = url.hash.slice('#token='.length);
    const answer = await fetch(new URL('/api/libraryVersion', url), {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
      body: '{}',
    }).then((response) => response.json());
    await served.stop();
    console.log('ORDER ' + JSON.stringify({ apiAfterScriptOnly, apiAfterAllFiles, firstCallOk: answer.ok === true }));
  });`;
  const output = execFileSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, SHELFMARK_CACHE_DIR: join(work, 'cache') },
  });
  const line = output.split('\n').find((text) => text.startsWith('ORDER '));
  if (!line) throw new Error(`serve printed no start order:\n${output}`);
  return JSON.parse(line.slice('ORDER '.length)) as StartOrder;
}

describe.skipIf(!built)('serve at start', () => {
  it('loads its API once every file the page names has been sent, the stylesheet too, not before', () => {
    const { apiAfterScriptOnly, apiAfterAllFiles, firstCallOk } = startOrder();
    // A module script runs only once the stylesheet is in: loading the API (tens of ms of the
    // event loop at a time) before sending it would hold the page's first call back.
    expect(apiAfterScriptOnly).toBe(false);
    expect(apiAfterAllFiles).toBe(true);
    expect(firstCallOk).toBe(true);
  });
});
