import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../main/http/pageAssets';

const BUILT_PAGE = join(resolve(__dirname, '../..'), 'out/renderer/index.html');
const built = existsSync(BUILT_PAGE);
if (!built)
  console.warn(`SKIPPED: the built page's files need the build (${BUILT_PAGE}); run \`npm run build\`.`);

describe('pageAssets', () => {
  it('names the scripts, module preloads and stylesheets a page fetches, as URL paths', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" type="image/png" href="data:image/png;base64,AAAA" />
      <script type="module" crossorigin src="./assets/index-B5IHUsTc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-Ab12.js">
      <link rel="stylesheet" crossorigin href="./assets/index-DCtrBk1u.css">
      <link rel=stylesheet href=/assets/more.css>
      <link rel="preconnect" href="./assets/not-fetched.css">
      <script src='https://elsewhere.example/x.js'></script>
      </head><body><script>inline()</script></body></html>`;
    expect(pageAssets(html)).toEqual([
      '/assets/index-B5IHUsTc.js',
      '/assets/react-Ab12.js',
      '/assets/index-DCtrBk1u.css',
      '/assets/more.css',
    ]);
  });

  it('names nothing for a page without files', () => {
    expect(pageAssets('<html><body>Hello</body></html>')).toEqual([]);
  });

  it.skipIf(!built)('finds the built window’s script and stylesheet', () => {
    const assets = pageAssets(readFileSync(BUILT_PAGE, 'utf8'));
    expect(assets.filter((path) => /^\/assets\/index-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(assets.filter((path) => /^\/assets\/index-[\w-]+\.css$/.test(path))).toHaveLength(1);
  });
});
