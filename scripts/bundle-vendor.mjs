// Replaces out/main/vendor/zod.js (tsc's one-line re-export of the package) with zod bundled into
// that one file: loading one file instead of zod's 95 is what `serve` saves before its first answer
// (see main/vendor/zod.ts). Run after `tsc -p tsconfig.main.json`.
import { build } from 'rolldown';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  input: `${root}main/vendor/zod.ts`,
  platform: 'node',
  logLevel: 'warn',
  output: { file: `${root}out/main/vendor/zod.js`, format: 'cjs', sourcemap: true },
});
