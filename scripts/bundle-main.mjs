// Replaces tsc's out/main/cli.js, serve.js and index.js (the CLI, `serve` and Electron's main)
// with each one bundled into one file (serve's in serveBundle.js, which serve.js runs with its
// code cache): Node then reads, resolves and wraps one file at start instead of some seventy,
// one by one (docs/ARCHITECTURE.md, "Bundles and code caches"). A module behind an import()
// stays lazy: the bundle runs it only when that import() runs. Packages stay in node_modules, and
// zod stays the one file bundle-vendor.mjs makes of it. The workers and `shelfmark index` stay
// tsc's files beside their sources. Run after `tsc -p tsconfig.main.json`.
import { RolldownMagicString, build } from 'rolldown';
import { dirname, relative, sep } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const mainDir = `${root}main/`;
const ENTRIES = ['cli', 'serve', 'index'];

/**
 * A bundle sits in out/main, so `__dirname` there is out/main whichever source it came from. Each
 * module's `__dirname` and `__filename` are turned back into where tsc builds that module, so
 * `join(__dirname, 'searchWorker.js')` in main/search/ still finds out/main/search/searchWorker.js.
 * Each module also notes, when it runs, that it ran (as its path under out/main), in a list
 * tests read (test/cli/commandModules.test.ts, test/serveStartModules.test.ts): which modules a
 * search or a start runs is what keeps them quick, and inside a bundle require.cache cannot say.
 */
/** @type {import('rolldown').Plugin} */
const ownModules = {
  name: 'shelfmark-own-modules',
  transform(code, id) {
    if (!id.startsWith(mainDir)) return null;
    const dir = relative(mainDir, dirname(id)).split(sep).join('/');
    const file = relative(mainDir, id).split(sep).join('/').replace(/\.ts$/, '.js');
    // Node takes '/' on every platform.
    const inOut = (/** @type {string} */ path) => `(__dirname + ${JSON.stringify(`/${path}`)})`;
    const edited = new RolldownMagicString(code);
    for (const found of code.matchAll(/\b__(dirname|filename)\b/g)) {
      const name = found[0];
      const path = name === '__filename' ? file : dir;
      if (path !== '') edited.overwrite(found.index, found.index + name.length, inOut(path));
    }
    edited.append(
      `\n(globalThis[Symbol.for('shelfmark.modulesRun')] ??= []).push(${JSON.stringify(file)});\n`,
    );
    return { code: edited };
  },
};

const require = createRequire(import.meta.url);
const ZOD = './vendor/zod.js';

/**
 * zod's one file (600 KB) is compiled with V8's code cache too, as the CLI's bundle is
 * (main/loadBundle.ts). Its cache is saved once the start is over (5 s on, or as the process
 * ends), so it holds the code that building the API's schemas ran.
 */
const ZOD_WITH_CODE_CACHE = `const zodFile = __dirname + ${JSON.stringify(ZOD.slice(1))};
const zodBundle = require('./loadBundle.js').loadBundle(zodFile);
const loaded = zodBundle.exports;
let zodSaved = false;
const saveZod = () => { if (!zodSaved) { zodSaved = true; zodBundle.saveCache(); } };
setTimeout(saveZod, 5000).unref();
process.once('beforeExit', saveZod);
(globalThis[Symbol.for('shelfmark.modulesRun')] ??= []).push('vendor/zod.js');`;
const LAZY = '\0lazy:';

/**
 * A bundler puts every `require` of a package at the top of the bundle, so `serve` would load zod,
 * the import's parsers and node:zlib before it listens. Instead each package (and zod's one file,
 * out/main/vendor/zod.js) is a small module of the bundle that requires it: it runs when the
 * first module that imports it runs, which for a module behind an import() is when that runs.
 *
 * @type {import('rolldown').Plugin}
 */
const lazyPackages = {
  name: 'shelfmark-lazy-packages',
  resolveId(source, importer) {
    if (!importer) return null;
    if (importer.startsWith(LAZY)) return { id: source, external: true };
    if (/(^|\/)vendor\/zod(\.js)?$/.test(source)) return `${LAZY}${ZOD}`;
    if (source.startsWith('.') || source.startsWith('/')) return null;
    // Electron's main needs electron at once; its names are known only inside Electron.
    if (source === 'electron') return { id: source, external: true };
    return `${LAZY}${source}`;
  },
  load(id) {
    if (!id.startsWith(LAZY)) return null;
    const name = id.slice(LAZY.length);
    const loaded = require(name.replace('./vendor/', '../out/main/vendor/'));
    const names = Object.keys(loaded).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
    return [
      name === ZOD ? ZOD_WITH_CODE_CACHE : `const loaded = require(${JSON.stringify(name)});`,
      'export default loaded;',
      ...names.map((key) => `export const ${key} = loaded.${key};`),
    ].join('\n');
  },
};

/**
 * `node out/main/serve.js` runs this, which runs the serve bundle (serveBundle.js) compiled with
 * its V8 code cache (main/loadBundle.ts), saved once the start and the first calls are over.
 */
const SERVE_LAUNCHER = `'use strict';
// Made by scripts/bundle-main.mjs: runs serveBundle.js (main/serve.ts, bundled) with its code cache.
const bundle = require('./loadBundle.js').loadBundle(__dirname + '/serveBundle.js');
module.exports = bundle.exports;
setTimeout(() => bundle.saveCache(), 10_000).unref();
if (require.main === module) bundle.exports.runServeCommand(process.argv.slice(2));
`;

/** Where each entry's bundle goes: `serve` beside its launcher, the others over tsc's file. */
const bundleName = (/** @type {string} */ entry) => (entry === 'serve' ? 'serveBundle' : entry);

for (const entry of ENTRIES) {
  await build({
    input: `${mainDir}${entry}.ts`,
    platform: 'node',
    logLevel: 'warn',
    plugins: [lazyPackages, ownModules],
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    output: {
      file: `${root}out/main/${bundleName(entry)}.js`,
      format: 'cjs',
      sourcemap: true,
      codeSplitting: false,
    },
  });
}
writeFileSync(`${root}out/main/serve.js`, SERVE_LAUNCHER);
