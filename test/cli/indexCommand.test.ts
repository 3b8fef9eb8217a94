import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import { openLibrary } from '../../main/db/openLibrary';
import { claimIndexing, indexerRunning } from '../../main/search/indexerLock';
import { SearchService, snapshotPathFor } from '../../main/search/SearchService';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

/** The CLI in this process; the background indexer an import starts is recorded, and run when the test says. */
function cli() {
  const dir = tempDir();
  const db = join(dir, 'library.sqlite');
  const started: string[] = [];
  const io: CliIo = {
    stdout: () => undefined,
    stderr: () => undefined,
    readStdin: () => '',
    env: {},
    startIndexer: (path) => started.push(path),
  };
  const page = join(dir, 'page.txt');
  writeFileSync(page, MINI_PAGE);
  return { run: (...argv: string[]) => runCli(['--db', db, ...argv], io), db, page, started, dir };
}

function searchOnce(db: string, query: string, indexerWaitMs?: number) {
  const library = openLibrary(db, { readonly: true });
  try {
    const service = new SearchService(library, {
      snapshotPath: snapshotPathFor(db),
      ...(indexerWaitMs === undefined ? {} : { indexerWaitMs }),
    });
    const hits = service.search({ query }).hits.length;
    return { hits, origin: service.origin, builds: service.builds };
  } finally {
    library.close();
  }
}

describe('after a CLI import, the search index is brought up to date in the background', () => {
  it('rebuilds a snapshot whose postings are damaged, rather than leaving it for every search to rebuild', async () => {
    const { run, db, page } = cli();
    expect(await run('--create', 'import', page)).toBe(0);
    expect(await run('index')).toBe(0);
    const snapshot = snapshotPathFor(db) ?? '';
    // The postings are the file's end, read only when a query asks: flip its last bytes.
    const bytes = readFileSync(snapshot);
    for (let at = bytes.length - 8; at < bytes.length; at += 1) bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(snapshot, bytes);
    expect(await run('index')).toBe(0);
    expect(readFileSync(snapshot).equals(bytes)).toBe(false);
    expect(searchOnce(db, 'zeta')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
  });

  it('an import starts the indexer, and the next search loads its snapshot and finds the papers', async () => {
    const { run, db, page, started } = cli();
    expect(await run('--create', 'import', page)).toBe(0);
    expect(started).toEqual([db]);
    expect(existsSync(snapshotPathFor(db) ?? '')).toBe(false);
    expect(await run('index')).toBe(0);
    expect(searchOnce(db, 'zeta')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
    // A second import: the indexer catches the saved index up with it rather than building anew.
    writeFileSync(page, 'Kiwi Fruit Reinforcement\nMango Orchard Planning');
    expect(await run('import', page)).toBe(0);
    expect(started).toHaveLength(2);
    expect(await run('index')).toBe(0);
    expect(searchOnce(db, 'mango')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
    expect(searchOnce(db, 'zeta')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
  });

  it('an import that adds nothing, or only looks, starts none', async () => {
    const { run, page, started } = cli();
    expect(await run('--create', 'import', page, '--dry-run')).toBe(0);
    expect(await run('import', page)).toBe(0);
    expect(await run('import', page)).toBe(0);
    expect(started).toHaveLength(1);
  });

  it('a search waits for a running indexer and loads what it saves, instead of building beside it', async () => {
    const { run, db, page, dir } = cli();
    expect(await run('--create', 'import', page)).toBe(0);
    expect(await run('index')).toBe(0);
    const snapshot = snapshotPathFor(db) ?? '';
    const aside = join(dir, 'saved-aside');
    renameSync(snapshot, aside);
    // Another process "is building": it holds the mark, then puts the snapshot in place and lets go.
    const indexer = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs');
         fs.writeFileSync(${JSON.stringify(`${snapshot}.building`)}, String(process.pid));
         process.stdout.write('holding\\n');
         setTimeout(() => {
           fs.renameSync(${JSON.stringify(aside)}, ${JSON.stringify(snapshot)});
           fs.rmSync(${JSON.stringify(`${snapshot}.building`)});
         }, 300);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => indexer.stdout.once('data', resolve));
    expect(indexerRunning(snapshot)).toBe(indexer.pid);
    expect(searchOnce(db, 'zeta')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
    await new Promise((resolve) => indexer.once('exit', resolve));
  });

  it('a search builds after all when the indexer it waited for saves nothing', async () => {
    const { run, db, page } = cli();
    expect(await run('--create', 'import', page)).toBe(0);
    const snapshot = snapshotPathFor(db) ?? '';
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
    writeFileSync(`${snapshot}.building`, String(holder.pid));
    try {
      expect(searchOnce(db, 'zeta', 100)).toEqual({ hits: 1, origin: 'built', builds: 1 });
    } finally {
      holder.kill();
    }
  });
});

const BUILT_STARTER = resolve(__dirname, '../../out/main/cli/startIndexer.js');
const canStart = existsSync(BUILT_STARTER) && !process.env.SHELFMARK_NO_BACKGROUND_INDEX;
if (!canStart)
  console.warn(
    `SKIPPED: the background indexer test needs the build (${BUILT_STARTER}) and SHELFMARK_NO_BACKGROUND_INDEX unset.`,
  );

describe.skipIf(!canStart)('the background indexer an import starts', () => {
  it('a search that had to build the index answers, and leaves saving it to the background indexer', async () => {
    const { run, db, page, started } = cli();
    expect(await run('--create', 'import', page)).toBe(0);
    expect(started).toEqual([db]);
    expect(await run('search', 'zeta')).toBe(0);
    // Writing the snapshot (49 MB at 100,000 papers) is not this command's to wait for.
    expect(existsSync(snapshotPathFor(db) ?? '')).toBe(false);
    expect(started).toEqual([db, db]);
    expect(await run('index')).toBe(0);
    expect(searchOnce(db, 'zeta')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
    // With the snapshot current, a search starts nothing.
    expect(await run('search', 'zeta')).toBe(0);
    expect(started).toHaveLength(2);
  });

  it('saves the snapshot without checking or backing up the library the import has just checked', async () => {
    const { run, db, page, dir } = cli();
    expect(await run('--create', 'import', page)).toBe(0);
    // As the built CLI's import starts it: a detached process of its own.
    const { startIndexer } = (await import(BUILT_STARTER)) as { startIndexer: (path: string) => void };
    startIndexer(db);
    const snapshot = snapshotPathFor(db) ?? '';
    for (let waited = 0; waited < 60_000 && !existsSync(snapshot); waited += 50)
      await new Promise((done) => setTimeout(done, 50));
    for (let waited = 0; waited < 10_000 && indexerRunning(snapshot) !== null; waited += 50)
      await new Promise((done) => setTimeout(done, 50));
    expect(existsSync(snapshot)).toBe(true);
    // The day's backup (an integrity check of every page and a copy of the file) is left to the next ordinary open.
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    expect(searchOnce(db, 'zeta')).toEqual({ hits: 1, origin: 'loaded', builds: 0 });
  });
});

describe('the indexer mark', () => {
  it('is held by one live process at a time, and taken over from one that died', async () => {
    const snapshot = join(tempDir(), 'library.sqlite.search-index');
    const release = claimIndexing(snapshot);
    expect(release).not.toBeNull();
    expect(indexerRunning(snapshot)).toBe(process.pid);
    expect(claimIndexing(snapshot)).toBeNull();
    release?.();
    expect(indexerRunning(snapshot)).toBeNull();
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(`${snapshot}.building`, String(gone.pid));
    expect(indexerRunning(snapshot)).toBeNull();
    const taken = claimIndexing(snapshot);
    expect(indexerRunning(snapshot)).toBe(process.pid);
    taken?.();
  });
});
