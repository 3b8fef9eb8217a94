import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usage } from '../../main/cli';
import { COMMANDS, FILE_COMMANDS } from '../../main/cli/commandModules';
import { searchCommand } from '../../main/cli/searchCommand';
import { importCommand } from '../../main/cli/importCommand';
import { initCommand } from '../../main/cli/initCommand';
import { openLibrary } from '../../main/db/openLibrary';
import { useTempDir } from '../fixtures/tempLibrary';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'out/main/cli.js');
const built = existsSync(CLI);
if (!built)
  console.warn(`SKIPPED: the CLI module test needs the build (${CLI}); run \`npm run build\` first.`);

const tempDir = useTempDir();

describe('the CLI loads a command only when it runs', () => {
  it('finds each command in its own module', async () => {
    expect(await COMMANDS.search?.()).toBe(searchCommand);
    expect(await COMMANDS.import?.()).toBe(importCommand);
    expect(await FILE_COMMANDS.init?.()).toBe(initCommand);
  });

  it('lists every command in the help, in order', async () => {
    const text = await usage();
    const names = [...Object.keys(COMMANDS), ...Object.keys(FILE_COMMANDS)];
    const lines = text.split('\n').filter((line) => /^ {2}[a-z]/.test(line));
    // `add` has two lines (by identifier, by hand).
    expect(lines.map((line) => line.trim().split(' ')[0])).toEqual(
      names.flatMap((name) => (name === 'add' ? ['add', 'add'] : [name])),
    );
    expect(text).toContain(`  ${searchCommand.usage}`);
  });

  it.skipIf(!built)(
    'a search in the built CLI reads one bundled file and runs no import, export or lookup module',
    () => {
      const db = join(tempDir(), 'library.sqlite');
      openLibrary(db).close();
      const script = `require(${JSON.stringify(CLI)})
  .runCli(['--db', ${JSON.stringify(db)}, 'search', 'policy'], { stdout() {}, stderr() {}, readStdin: () => '', env: {} })
  .then((code) => process.stdout.write(JSON.stringify({
    code,
    loaded: Object.keys(require.cache),
    ran: globalThis[Symbol.for('shelfmark.modulesRun')] ?? [],
  })));`;
      const { code, loaded, ran } = JSON.parse(
        execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
      ) as {
        code: number;
        loaded: string[];
        /** The modules inside the bundle that ran, as their paths under out/main (scripts/bundle-main.mjs). */
        ran: string[];
      };
      expect(code).toBe(0);
      const outMain = join(ROOT, 'out/main') + '/';
      const read = loaded
        .filter((file) => file.startsWith(outMain))
        .map((file) => file.slice(outMain.length));
      expect(read).toEqual(['cli.js']);
      expect(loaded.filter((file) => /node_modules\/(htmlparser2|fast-xml-parser|zod)\//.test(file))).toEqual(
        [],
      );
      const files = ran;
      expect(files).toContain('cli/searchCommand.js');
      expect(files).toContain('search/SearchIndex.js');
      for (const deferred of [
        'cli/importCommand.js',
        'cli/exportCommand.js',
        'cli/lookupCommands.js',
        'cli/recordCommands.js',
        'cli/triageCommands.js',
        'cli/backupCommands.js',
      ])
        expect(files).not.toContain(deferred);
      expect(files.filter((file) => file.startsWith('import/') || file.startsWith('lookup/'))).toEqual([]);
    },
  );
});
