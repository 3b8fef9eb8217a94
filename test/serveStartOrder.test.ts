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
  /** The API (its last module) had run while nothing was asked of the server. */
  apiWithoutRequests: boolean;
  /** The page and its files were sent, and the first call answered. */
  pageSent: boolean;
  firstCallOk: boolean;
}

const work = mkdtempSync(join(tmpdir(), 'shelfmark-serve-order-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Starts `serve` on a new library and waits, asking nothing, to see whether it loads its API
 * (scripts/bundle-main.mjs lists the modules of the bundle that ran), then fetches the page, its
 * files and makes a first call.
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
    const apiWithoutRequests = await loadedWithin(30000);
    const url = new URL(served.url);
    const page = await fetch(new URL('/', url));
    const html = await page.text();
    const file = (pattern) => fetch(new URL(pattern.exec(html)[1], url));
    const script = await file(/<script[^>]*src="([^"]+)"/);
    const styles = await file(/<link rel="stylesheet"[^>]*href="([^"]+)"/);
    const pageSent = [page, script, styles].every((answer) => answer.ok);
    const token = url.hash.slice('#token='.length);
    const answer = await fetch(new URL('/api/libraryVersion', url), {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
      body: '{}',
    }).then((response) => response.json());
    await served.stop();
    console.log('ORDER ' + JSON.stringify({ apiWithoutRequests, pageSent, firstCallOk: answer.ok === true }));
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
  it('loads its API once it listens, asked or not, and still sends the page and answers calls', () => {
    const { apiWithoutRequests, pageSent, firstCallOk } = startOrder();
    // The page sends its first calls as its script starts (renderer/src/firstCalls.ts): an API
    // loaded only once they, or the page's files, come would hold them back.
    expect(apiWithoutRequests).toBe(true);
    expect(pageSent).toBe(true);
    expect(firstCallOk).toBe(true);
  });
});
