import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import { QUEUE_ORDER } from '../../main/db/paperQueries';
import { QUEUE_PAGE } from '../../main/db/exportQueries';
import {
  EXPORT_BATCH,
  MAX_BATCH,
  PLAN_SLICE,
  collectExport,
  exportStream,
} from '../../main/library/exportStream';
import { commitImport } from '../../main/library/importText';
import { setStatus } from '../../main/library/queues';
import { selectionIds, type SearchIds } from '../../main/library/selectionIds';
import type { SearchRequest } from '../../main/search/SearchService';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const noSearch: SearchIds = () => [];

async function libraryOf(count: number): Promise<LibraryDb> {
  const { db } = tempLibrary();
  const papers = Array.from({ length: count }, (_, index) => ({
    title: `Stepped paper ${index}`,
    authors: [`Ada Lovelace${index}`],
    tags: index % 3 ? ['odd'] : [],
  }));
  await commitImport(db, JSON.stringify({ format: 'shelfmark-library', version: 2, papers }), {
    format: 'json',
  });
  return db;
}

/** The most rows any one statement returned, through the connection itself. */
function largestRead(db: LibraryDb): { rows: number } {
  const largest = { rows: 0 };
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    statement.all = (...params: unknown[]) => {
      const rows = all(...params);
      largest.rows = Math.max(largest.rows, rows.length);
      return rows;
    };
    return statement;
  }) as typeof db.prepare;
  return largest;
}

/** Papers written between two turns of the event loop, from the progress reported before each turn. */
function stepSizes(progress: number[]): number[] {
  return progress.map((written, at) => written - (progress[at - 1] ?? 0)).filter((papers) => papers > 0);
}

describe('an export in steps', () => {
  it('lets the event loop run after at most MAX_BATCH papers, even when the clock never says so', async () => {
    const db = await libraryOf(1200);
    const progress: number[] = [];
    const stream = await exportStream(db, 'csv', {}, noSearch, {
      clock: () => 0,
      onProgress: (written) => progress.push(written),
    });
    await collectExport(stream);
    expect(stepSizes(progress)).toEqual([MAX_BATCH, MAX_BATCH, 1200 - 2 * MAX_BATCH]);
  });

  it('ends a step once its time is up: with a slow clock, one small batch a step', async () => {
    const db = await libraryOf(100);
    let now = 0;
    const progress: number[] = [];
    const stream = await exportStream(db, 'bibtex', {}, noSearch, {
      clock: () => (now += 1000),
      onProgress: (written) => progress.push(written),
    });
    await collectExport(stream);
    const sizes = stepSizes(progress);
    expect(sizes.every((papers) => papers <= EXPORT_BATCH)).toBe(true);
    expect(sizes.reduce((sum, papers) => sum + papers, 0)).toBe(100);
  });

  it('lets a timer set during an export fire before the export ends', async () => {
    const db = await libraryOf(600);
    const events: string[] = [];
    // Each step takes its time on this clock, so the export takes many turns.
    let now = 0;
    const stream = await exportStream(db, 'json', {}, noSearch, { clock: () => (now += 5) });
    setTimeout(() => events.push('timer'), 0);
    for await (const chunk of stream.chunks) if (chunk) events.push('chunk');
    events.push('end');
    expect(events.indexOf('timer')).toBeGreaterThan(0);
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('end') - 1);
  });

  it('reads reading order a page at a time, in the order the window shows it', async () => {
    const db = await libraryOf(QUEUE_PAGE + 300);
    const all = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
    setStatus(
      db,
      all.filter((id) => id % 20 === 1),
      'reading',
    );
    setStatus(
      db,
      all.filter((id) => id % 20 === 2),
      'read',
    );
    const expected = db.prepare(`SELECT id FROM papers ORDER BY ${QUEUE_ORDER}`).pluck().all() as number[];
    const tagged = db
      .prepare(`SELECT id FROM papers WHERE id IN (SELECT paper_id FROM paper_tags) ORDER BY ${QUEUE_ORDER}`)
      .pluck()
      .all() as number[];
    const largest = largestRead(db);
    let turns = 0;
    const steps = {
      due: () => true,
      turn: () => {
        turns += 1;
        return Promise.resolve();
      },
    };
    expect(await selectionIds(db, {}, noSearch, steps)).toEqual(expected);
    expect(await selectionIds(db, { tag: 'odd' }, noSearch)).toEqual(tagged);
    expect(largest.rows).toBeLessThanOrEqual(QUEUE_PAGE);
    expect(turns).toBeGreaterThanOrEqual(4);

    // The whole export, planning included, never reads a queue whole either.
    largest.rows = 0;
    const stream = await exportStream(db, 'markdown', {}, noSearch);
    expect(stream.total).toBe(QUEUE_PAGE + 300);
    await collectExport(stream);
    expect(largest.rows).toBeLessThanOrEqual(QUEUE_PAGE);
  });

  it("plans a query's papers a slice at a time, no larger than a step's batch", async () => {
    const db = await libraryOf(1200);
    const ids = db.prepare('SELECT id FROM papers ORDER BY id DESC').pluck().all() as number[];
    const largest = largestRead(db);
    const stream = await exportStream(db, 'bibtex', { query: 'stepped' }, () => Float64Array.from(ids));
    expect(stream.total).toBe(1200);
    expect(largest.rows).toBeGreaterThan(0);
    expect(largest.rows).toBeLessThanOrEqual(Math.min(PLAN_SLICE, MAX_BATCH));
    await stream.chunks.return(undefined);
  });

  it("asks the search for a query's ids only, with no limit, and keeps its order", async () => {
    const db = await libraryOf(5);
    const ids = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
    const asked: SearchRequest[] = [];
    const search: SearchIds = (request) => {
      asked.push(request);
      return Float64Array.from([ids[3] ?? 0, ids[0] ?? 0, ids[4] ?? 0]);
    };
    const stream = await exportStream(
      db,
      'csv',
      { query: 'stepped', tag: 'odd', ids: ids.slice(0, 4) },
      search,
    );
    const csv = await collectExport(stream);
    expect(asked).toEqual([{ query: 'stepped', status: undefined, tag: 'odd' }]);
    expect(stream.total).toBe(2);
    expect(csv.indexOf('Stepped paper 3')).toBeLessThan(csv.indexOf('Stepped paper 0'));
    expect(csv).not.toContain('Stepped paper 4');
  });
});
