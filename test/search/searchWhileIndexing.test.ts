import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import { indexerRunning } from '../../main/search/indexerLock';
import { buildRange } from '../../main/search/parallelBuild';
import { SearchClient } from '../../main/search/SearchClient';
import { SearchService, snapshotPathFor } from '../../main/search/SearchService';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const WORKER = resolve(__dirname, '../../out/main/search/searchWorker.js');
const built = existsSync(WORKER);
if (!built)
  console.warn(`SKIPPED: the search worker test needs the build (${WORKER}); run \`npm run build\` first.`);

const seededLibrary = useSeededLibrary();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Another live process holding the background indexer's mark, as `shelfmark index` does while it builds. */
async function holdIndexerMark(snapshot: string): Promise<ChildProcess> {
  const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => holder.once('spawn', resolve));
  writeFileSync(`${snapshot}.building`, String(holder.pid));
  cleanups.push(() => {
    holder.kill();
  });
  expect(indexerRunning(snapshot)).toBe(holder.pid);
  return holder;
}

/** What the indexer does when it is done: saves the snapshot, then lets go of its mark. */
function finishIndexing(db: LibraryDb, snapshot: string, holder: ChildProcess): void {
  const indexer = new SearchService(db, { snapshotPath: snapshot });
  const position = indexer.logPosition();
  indexer.adopt(buildRange(db), position);
  expect(indexer.save()).toBe(true);
  rmSync(`${snapshot}.building`);
  holder.kill();
}

describe.skipIf(!built)('the search worker while the index is being prepared', () => {
  it(
    'answers the list at once, partial, while an indexer builds, and fully once its snapshot is saved',
    { timeout: 30_000 },
    async () => {
      const { db, path, ids } = seededLibrary();
      const snapshot = snapshotPathFor(path) ?? '';
      const holder = await holdIndexerMark(snapshot);
      const client = new SearchClient(path, undefined, WORKER);
      cleanups.push(() => client.close());

      // An export asked first must be complete: it waits for the index, while the list is answered.
      let exported: number[] | null = null;
      const exporting = client.searchIds({ query: 'trajectories' }).then((found) => {
        exported = [...found];
      });
      const byTitle = await client.rank({ query: 'zeta', limit: 50 });
      expect(byTitle.partial).toBe(true);
      expect([...byTitle.ids]).toEqual([ids[0]]);
      // "trajectories" is in an abstract only: not found until the full index is ready.
      const abstractOnly = await client.rank({ query: 'trajectories', limit: 50 });
      expect(abstractOnly).toMatchObject({ partial: true, total: 0 });
      expect(exported).toBeNull();

      finishIndexing(db, snapshot, holder);
      let answer = abstractOnly;
      while (answer.partial) answer = await client.rank({ query: 'trajectories', limit: 50 });
      expect([...answer.ids]).toEqual([ids[0]]);
      await exporting;
      expect(exported).toEqual([ids[0]]);
    },
  );
});
