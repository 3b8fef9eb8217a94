import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SERVE = join(ROOT, 'out/main/serve.js');
const built = existsSync(SERVE);
if (!built)
  console.warn(`SKIPPED: the start-up module test needs the build (${SERVE}); run \`npm run build\` first.`);

/** The built files `serve` loads before its first request, relative to out/main. */
function modulesLoadedAtStart(): string[] {
  const script = `require(${JSON.stringify(SERVE)});
process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
  const outMain = join(ROOT, 'out/main') + '/';
  return loaded.filter((file) => file.startsWith(outMain)).map((file) => file.slice(outMain.length));
}

describe.skipIf(!built)('serve at start', () => {
  it('loads the list and search path, but not import, export or identifier lookups until first used', () => {
    const loaded = modulesLoadedAtStart();
    expect(loaded).toContain('api/handlers.js');
    expect(loaded).toContain('db/paperQueries.js');
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
});
