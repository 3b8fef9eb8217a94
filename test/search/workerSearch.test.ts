import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import type { IndexState } from '../../main/search/indexSnapshot';
import { buildRange } from '../../main/search/parallelBuild';
import { SearchService, snapshotPathFor } from '../../main/search/SearchService';
import { warmUpQueries } from '../../main/search/warmUpQueries';
import { WorkerSearch } from '../../main/search/workerSearch';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const seededLibrary = useSeededLibrary();
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A build the test finishes (or fails) when it says, counting how often it was started. */
function heldBuild(db: LibraryDb) {
  const started: { finish: () => void; fail: () => void }[] = [];
  const build = () =>
    new Promise<IndexState>((resolve, reject) => {
      started.push({ finish: () => resolve(buildRange(db)), fail: () => reject(new Error('no thread')) });
    });
  return { build, started };
}

function searchOn(
  db: LibraryDb,
  path: string,
  build: () => Promise<IndexState>,
  { buildHereUpTo = 0, retryMs = 0, warmUpAfterMs = 0 } = {},
) {
  const snapshotPath = snapshotPathFor(path);
  const service = new SearchService(db, { snapshotPath });
  return {
    service,
    search: new WorkerSearch(service, db, {
      snapshotPath,
      build,
      pollMs: 5,
      buildHereUpTo,
      retryMs,
      warmUpAfterMs,
    }),
  };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  // Turns of the event loop enough for a promise that was already resolvable to settle.
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('the search worker while its index is prepared', () => {
  it('answers the list partial at once while the index is built elsewhere, then from the index', async () => {
    const { db, path, ids } = seededLibrary();
    const { build, started } = heldBuild(db);
    const { service, search } = searchOn(db, path, build);
    const first = search.rank({ query: 'trajectories' });
    expect(first).toMatchObject({ partial: true, total: 0 });
    expect(search.rank({ query: 'zeta' })).toMatchObject({ partial: true, ids: Float64Array.from([ids[0]]) });
    await settled(search.prepare());
    // One build, however many questions came meanwhile; an export waits for it.
    expect(started).toHaveLength(1);
    const exporting = search.searchIds({ query: 'trajectories' });
    expect(await settled(exporting)).toBe(false);
    started[0]?.finish();
    expect([...(await exporting)]).toEqual([ids[0]]);
    expect(search.rank({ query: 'trajectories' })).toMatchObject({ partial: false, total: 1 });
    expect(service.builds).toBe(1);
  });

  it('waits for a live indexer without blocking, and loads what it saves instead of building', async () => {
    const { db, path, ids } = seededLibrary();
    const snapshot = snapshotPathFor(path) ?? '';
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    cleanups.push(() => holder.kill());
    await new Promise((resolve) => holder.once('spawn', resolve));
    writeFileSync(`${snapshot}.building`, String(holder.pid));
    const { build, started } = heldBuild(db);
    const { service, search } = searchOn(db, path, build);
    const ready = search.prepare();
    expect(search.rank({ query: 'zeta' }).partial).toBe(true);
    expect(await settled(ready)).toBe(false);
    // The indexer saves its snapshot and lets go of its mark.
    const indexer = new SearchService(db, { snapshotPath: snapshot });
    const position = indexer.logPosition();
    indexer.adopt(buildRange(db), position);
    indexer.save();
    rmSync(`${snapshot}.building`);
    await ready;
    expect(service.origin).toBe('loaded');
    expect(started).toHaveLength(0);
    expect(search.rank({ query: 'trajectories' })).toMatchObject({
      partial: false,
      ids: Float64Array.from([ids[0]]),
    });
  });

  it('tries a failed build again at the next question, answering partial meanwhile', async () => {
    const { db, path } = seededLibrary();
    const { build, started } = heldBuild(db);
    const { search } = searchOn(db, path, build);
    expect(search.rank({ query: 'zeta' }).partial).toBe(true);
    await settled(search.prepare());
    started[0]?.fail();
    await settled(Promise.resolve());
    expect(search.rank({ query: 'zeta' }).partial).toBe(true);
    await settled(search.prepare());
    expect(started).toHaveLength(2);
    started[1]?.finish();
    await search.prepare();
    expect(search.rank({ query: 'zeta' }).partial).toBe(false);
  });

  it('waits before building again after a failure, rather than at every question', async () => {
    const { db, path } = seededLibrary();
    const { build, started } = heldBuild(db);
    const { search } = searchOn(db, path, build, { retryMs: 60_000 });
    search.rank({ query: 'zeta' });
    await settled(Promise.resolve());
    started[0]?.fail();
    await settled(Promise.resolve());
    for (let question = 0; question < 5; question += 1) {
      expect(search.rank({ query: 'zeta' }).partial).toBe(true);
      search.highlight(1, 'zeta');
    }
    await settled(Promise.resolve());
    expect(started).toHaveLength(1);
  });

  it('stops building after a few failures and says, in words, that the search is not full', async () => {
    const { db, path, ids } = seededLibrary();
    let builds = 0;
    const failing = () => {
      builds += 1;
      return Promise.reject(new Error('SQLITE_CANTOPEN: unable to open database file'));
    };
    const { search } = searchOn(db, path, failing);
    for (let question = 0; question < 10; question += 1) {
      search.rank({ query: 'zeta' });
      await settled(Promise.resolve());
    }
    expect(builds).toBe(3);
    const answer = search.rank({ query: 'zeta' });
    expect(answer).toMatchObject({ partial: false, ids: Float64Array.from([ids[0]]) });
    expect(answer.problems).toEqual([
      'The full search could not be prepared: only titles and first authors were searched.',
    ]);
    expect(answer.problems.join(' ')).not.toMatch(/SQLITE|Error/);
  });

  it("stops a new query's partial answer at the limit, and counts every match when it is asked again", () => {
    const { db, path } = seededLibrary();
    const { build } = heldBuild(db);
    const { search } = searchOn(db, path, build);
    const request = { query: 'status:unread', limit: 1 };
    const first = search.rank(request);
    expect(first.ids).toHaveLength(1);
    expect(first).toMatchObject({
      total: 1,
      totalIsExact: false,
      partial: true,
    });
    expect(search.rank(request)).toMatchObject({ total: 3, totalIsExact: true, partial: true });
    // Another query is new again.
    expect(search.rank({ ...request, query: 'status:unread -zzzz' })).toMatchObject({
      total: 1,
      totalIsExact: false,
    });
  });

  it('counts every match for each of two windows asking in turn, not for the latest alone', () => {
    const { db, path } = seededLibrary();
    const { build } = heldBuild(db);
    const { search } = searchOn(db, path, build);
    const one = { query: 'status:unread', limit: 1 };
    const other = { query: 'status:unread -zzzz', limit: 1 };
    expect(search.rank(one)).toMatchObject({ total: 1, totalIsExact: false });
    expect(search.rank(other)).toMatchObject({ total: 1, totalIsExact: false });
    expect(search.rank(one)).toMatchObject({ total: 3, totalIsExact: true });
    expect(search.rank(other)).toMatchObject({ total: 3, totalIsExact: true });
  });

  it("cuts a partial answer at the list's limit, not at the first results a full answer ranks", async () => {
    const { db, path } = seededLibrary();
    const { build, started } = heldBuild(db);
    const { search } = searchOn(db, path, build);
    const request = { query: 'status:unread', limit: 2, rankedFirst: 1 };
    expect(search.rank(request)).toMatchObject({ partial: true, total: 2, totalIsExact: false });
    expect(search.rank(request).ids).toHaveLength(2);
    started[0]?.finish();
    await search.prepare();
    const full = search.rank(request);
    expect(full).toMatchObject({ partial: false, total: 3, totalIsExact: true });
    expect(full.ids).toHaveLength(1);
  });

  it('builds a small library at once, here, rather than answer partially', () => {
    const { db, path, ids } = seededLibrary();
    const { build, started } = heldBuild(db);
    const { search } = searchOn(db, path, build, { buildHereUpTo: 1000 });
    expect(search.rank({ query: 'trajectories' })).toMatchObject({
      partial: false,
      ids: Float64Array.from([ids[0]]),
    });
    expect(started).toHaveLength(0);
  });
});

describe('the search worker once its index is ready', () => {
  const turns = async (count: number) => {
    for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the warm-up searches a while after, one a turn, and answers as before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { db, path, ids } = seededLibrary();
    const { build } = heldBuild(db);
    const { search } = searchOn(db, path, build, { buildHereUpTo: 1000, warmUpAfterMs: 1000 });
    const queries = warmUpQueries(db);
    expect(queries.length).toBeGreaterThan(1);
    await search.prepare();
    await vi.advanceTimersByTimeAsync(999);
    await turns(queries.length + 2);
    // The window's own start needs the cores first.
    expect(search.warmUpsRun).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(search.warmUpsRun).toBeGreaterThan(0);
    await turns(queries.length + 2);
    expect(search.warmUpsRun).toBe(queries.length);
    expect(search.rank({ query: 'trajectories' })).toMatchObject({
      partial: false,
      ids: Float64Array.from([ids[0]]),
    });
  });

  it('runs no warm-up search after the first question', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { db, path } = seededLibrary();
    const { build } = heldBuild(db);
    const { search } = searchOn(db, path, build, { buildHereUpTo: 1000, warmUpAfterMs: 1000 });
    await search.prepare();
    await vi.advanceTimersByTimeAsync(500);
    search.rank({ query: 'zeta' });
    await vi.advanceTimersByTimeAsync(1000);
    await turns(10);
    expect(search.warmUpsRun).toBe(0);
  });
});
