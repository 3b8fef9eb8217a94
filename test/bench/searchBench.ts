import Fuse from 'fuse.js';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { Fts5Peer } from './fts5Peer';
import { QUERY_CLASSES, queriesFor, syntheticLibrary, typoCases, type QueryClass } from './syntheticLibrary';

/**
 * npm run bench [-- --sizes 1000,10000,100000] [--runs N] [--fuse-runs N] [--fts5-runs N] [--cpu] [--json]
 *
 * Times the search engine, SQLite FTS5 (porter; see fts5Peer.ts) and plain fuse.js (title,
 * authors, abstract, tags, notes; ignoreLocation) on the same synthetic libraries with the same
 * queries in the same run, and reports medians, 95th percentiles and their ratios, and the share
 * of one-edit typos (dropped, doubled, changed or swapped letters) the engine finds. Figures,
 * not assertions: this machine is shared and noisy.
 */

interface Row {
  size: number;
  engine: 'shelfmark' | 'fts5' | 'fuse-baseline';
  class: QueryClass | 'all';
  runs: number;
  p50_ms: number;
  p95_ms: number;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const runs = Number(option('runs', '200'));
const fts5Runs = Number(option('fts5-runs', String(runs)));
const json = process.argv.includes('--json');
/** Plain fuse.js takes seconds a query at 10,000 papers, so it gets a few queries per class; 0 skips it. */
const fuseRunsFor = (size: number) =>
  Number(option('fuse-runs', size >= 100_000 ? '0' : size >= 10_000 ? '2' : '10'));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summarize(times: number[]): { p50_ms: number; p95_ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) };
}

/** --cpu: the process's CPU time instead of the wall clock, for a shared machine where waiting for a core is most of a wall-clock p95. */
const cpu = process.argv.includes('--cpu');

function time(run: () => unknown): number {
  if (cpu) {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  }
  const start = performance.now();
  run();
  return performance.now() - start;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function log(line: string) {
  if (!json) console.log(line);
}

const search: Row[] = [];
const build: { size: number; engine: string; build_ms: number; heap_mb: number; update_p50_ms?: number }[] =
  [];
const typos: { size: number; kind: string; cases: number; found: number }[] = [];

for (const size of sizes) {
  const docs: SearchDocument[] = syntheticLibrary(size);
  log(`\n${size.toLocaleString('en')} papers`);

  const before = heapMb();
  const index = new SearchIndex();
  const buildMs = time(() => docs.forEach((doc) => index.add(doc)));
  const heap = heapMb() - before;
  const updates = docs
    .slice(0, 200)
    .map((doc) => time(() => index.add({ ...doc, notes: `${doc.notes} edited` })));
  const update = summarize(updates);
  build.push({
    size,
    engine: 'shelfmark',
    build_ms: Math.round(buildMs),
    heap_mb: Math.round(heap),
    update_p50_ms: update.p50_ms,
  });
  log(
    `  index build ${Math.round(buildMs)} ms, ${Math.round(heap)} MB heap; one paper re-indexed: p50 ${update.p50_ms} ms`,
  );

  let peer: Fts5Peer | undefined;
  if (fts5Runs > 0) {
    const ftsBefore = heapMb();
    const ftsBuild = time(() => (peer = new Fts5Peer(docs)));
    build.push({
      size,
      engine: 'fts5',
      build_ms: Math.round(ftsBuild),
      heap_mb: Math.round(heapMb() - ftsBefore),
    });
  }
  // Each query runs on Shelfmark and then on FTS5, so a busy moment of the machine hits both.
  const all: number[] = [];
  const ftsAll: number[] = [];
  for (const kind of QUERY_CLASSES) {
    const queries = queriesFor(docs, kind, Math.max(runs, fts5Runs));
    queries.slice(0, 20).forEach((query) => {
      index.search(query, { limit: 50 });
      peer?.search(query, 50);
    });
    const times: number[] = [];
    const ftsTimes: number[] = [];
    queries.forEach((query, at) => {
      if (at < runs) times.push(time(() => index.search(query, { limit: 50 })));
      if (peer && at < fts5Runs) ftsTimes.push(time(() => peer?.search(query, 50)));
    });
    all.push(...times);
    ftsAll.push(...ftsTimes);
    search.push({ size, engine: 'shelfmark', class: kind, runs: times.length, ...summarize(times) });
    if (peer)
      search.push({ size, engine: 'fts5', class: kind, runs: ftsTimes.length, ...summarize(ftsTimes) });
  }
  search.push({ size, engine: 'shelfmark', class: 'all', runs: all.length, ...summarize(all) });
  if (peer) search.push({ size, engine: 'fts5', class: 'all', runs: ftsAll.length, ...summarize(ftsAll) });
  peer?.close();

  const cases = typoCases(docs, 400, (word) => index.hasTerm(word));
  for (const kind of ['dropped', 'doubled', 'changed', 'swapped', 'all']) {
    const ofKind = cases.filter((each) => kind === 'all' || each.kind === kind);
    const found = ofKind.filter((each) => index.highlightPaper(each.id, each.query).titleRanges.length > 0);
    typos.push({ size, kind, cases: ofKind.length, found: found.length });
  }
  const missed = cases.filter((each) => index.highlightPaper(each.id, each.query).titleRanges.length === 0);
  log(
    `  one-edit typos found: ${cases.length - missed.length} of ${cases.length}${
      missed.length > 0
        ? `; missed: ${missed
            .slice(0, 10)
            .map((each) => each.query)
            .join(', ')}`
        : ''
    }`,
  );

  const fuseRuns = fuseRunsFor(size);
  let fuseAll: number[] = [];
  if (fuseRuns > 0) {
    const fuseBefore = heapMb();
    let fuse: Fuse<SearchDocument> | undefined;
    const fuseBuild = time(() => {
      fuse = new Fuse(docs, {
        keys: ['title', 'authors', 'abstract', 'tags', 'notes'],
        ignoreLocation: true,
      });
    });
    build.push({
      size,
      engine: 'fuse-baseline',
      build_ms: Math.round(fuseBuild),
      heap_mb: Math.round(heapMb() - fuseBefore),
    });
    for (const kind of QUERY_CLASSES) {
      const times = queriesFor(docs, kind, fuseRuns).map((query) =>
        time(() => fuse?.search(query, { limit: 50 })),
      );
      fuseAll = fuseAll.concat(times);
      search.push({ size, engine: 'fuse-baseline', class: kind, runs: times.length, ...summarize(times) });
    }
    search.push({ size, engine: 'fuse-baseline', class: 'all', runs: fuseAll.length, ...summarize(fuseAll) });
  }

  const rows = search.filter((row) => row.size === size);
  log(
    `  ${'query class'.padEnd(15)} ${'shelfmark p50 / p95'.padStart(22)} ${'fts5 p50 / p95'.padStart(22)} ${'vs fts5 p50 / p95'.padStart(18)} ${'fuse.js p50 / p95'.padStart(24)} ${'vs fuse (p50)'.padStart(14)}`,
  );
  const ratio = (theirs: number, ours: number) => `${(theirs / Math.max(ours, 0.001)).toFixed(1)}x`;
  for (const kind of [...QUERY_CLASSES, 'all' as const]) {
    const ours = rows.find((row) => row.engine === 'shelfmark' && row.class === kind);
    const fts = rows.find((row) => row.engine === 'fts5' && row.class === kind);
    const theirs = rows.find((row) => row.engine === 'fuse-baseline' && row.class === kind);
    const vsFuse = ours && theirs ? `${Math.round(theirs.p50_ms / Math.max(ours.p50_ms, 0.001))}x` : '';
    const vsFts = ours && fts ? `${ratio(fts.p50_ms, ours.p50_ms)} / ${ratio(fts.p95_ms, ours.p95_ms)}` : '';
    log(
      `  ${kind.padEnd(15)} ${`${ours?.p50_ms ?? '-'} / ${ours?.p95_ms ?? '-'} ms`.padStart(22)} ${(fts ? `${fts.p50_ms} / ${fts.p95_ms} ms` : 'skipped').padStart(22)} ${vsFts.padStart(18)} ${(theirs ? `${theirs.p50_ms} / ${theirs.p95_ms} ms` : 'skipped').padStart(24)} ${vsFuse.padStart(14)}`,
    );
  }
  if (fuseRuns === 0)
    log('  (plain fuse.js skipped at this size: tens of seconds a query; --fuse-runs N to run it)');
}

if (json) console.log(JSON.stringify({ search, build, typos }, null, 2));
