import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import type { Paper } from '../../preload/api';
import { openLibrary } from '../../main/db/openLibrary';
import { getPaper } from '../../main/db/paperQueries';
import { SearchService } from '../../main/search/SearchService';
import { pageText, writeLibraryFile } from '../bench/app/libraryFiles';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

const QUERIES = [
  'policy',
  'reinforcement learning',
  'ploicy',
  'tag:topic-1 agent',
  'status:reading',
  '"policy gradient"',
  'value -policy',
  'year:2010..2015 control',
  'zet',
];

/** The CLI in this process, its output kept; the background indexer it would start is recorded. */
function cli(db: string) {
  let out = '';
  const started: string[] = [];
  const io: CliIo = {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    readStdin: () => '',
    env: {},
    startIndexer: (path) => started.push(path),
  };
  return {
    started,
    run: async (...argv: string[]) => {
      out = '';
      expect(await runCli(['--db', db, ...argv], io), argv.join(' ')).toBe(0);
      return out;
    },
  };
}

describe('shelfmark search', () => {
  it('answers from its snapshot caught up with pasted pages and triage as an index that followed them in memory', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const library = join(dir, 'library.json');
    writeLibraryFile(library, 600);
    const { run, started } = cli(db);
    await run('--create', 'import', library);
    await run('index');
    // The window's index, built before the edits and following them as they come.
    const connection = openLibrary(db, { readonly: true });
    try {
      const followed = new SearchService(connection);
      followed.search({ query: 'policy' });
      // Caught up and saved after edits (papers out of order, one removed), then more edits since.
      for (const [seed, paper, status] of [
        [1, '5', 'read'],
        [2, '7', 'reading'],
      ] as const) {
        const page = join(dir, `page-${seed}.txt`);
        writeFileSync(page, pageText(40, seed));
        await run('import', page);
        await run('status', paper, status);
        followed.search({ query: 'policy' });
        if (seed === 1) await run('index');
      }
      started.length = 0;
      for (const query of QUERIES) {
        const printed = JSON.parse(await run('search', query, '--json', '--limit', '50')) as Paper[];
        expect(printed.length, query).toBeGreaterThan(0);
        const hits = followed.search({ query, limit: 50 }).hits.map((hit) => hit.id);
        expect(
          printed.map((paper) => paper.id),
          query,
        ).toEqual(hits);
        expect(printed, query).toEqual(hits.map((id) => getPaper(connection, id)));
      }
      // Loaded and caught up, not built: nothing for the background indexer to save.
      expect(started).toEqual([]);
    } finally {
      connection.close();
    }
  });
});
