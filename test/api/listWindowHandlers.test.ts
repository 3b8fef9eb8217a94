import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { openLibrary } from '../../main/db/openLibrary';
import { listPaperSummaries } from '../../main/db/paperQueries';
import { setStatus } from '../../main/library/queues';
import { FIRST_RANKED, LIST_RESULTS } from '../../main/search/listRanking';
import { SearchService, type RankedIds, type SearchRequest } from '../../main/search/SearchService';
import type { ApiResponse, ListWindow, SearchResponse, WindowState } from '../../preload/api';
import { addManyPapers } from '../fixtures/manyPapers';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

function setup(papers = 120) {
  const library = tempLibrary();
  addManyPapers(library.db, papers);
  const dispatch = createDispatch(createHandlers(library.db), vi.fn());
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const response = (await dispatch(method, args)) as ApiResponse<T>;
    if (!response.ok) throw new Error(response.error.message);
    return response.value;
  };
  return { ...library, dispatch, call };
}

describe('listWindow', () => {
  it('returns the rows at a position of the view, with the view total, for a filter and a sort', async () => {
    const { db, call } = setup();
    const view = { status: 'unread' as const, sort: { by: 'title' as const, direction: 'desc' as const } };
    const whole = listPaperSummaries(db, view);
    const window = await call<ListWindow>('listWindow', { view, offset: 10, limit: 5 });
    expect(window).toMatchObject({ total: whole.length, offset: 10, search: null });
    expect(window.rows).toEqual(whole.slice(10, 15));
  });

  it('with around, returns the window that holds that paper', async () => {
    const { db, call } = setup();
    const whole = listPaperSummaries(db).map((paper) => paper.id);
    const target = whole[77] ?? 0;
    const window = await call<ListWindow>('listWindow', { view: {}, offset: 0, limit: 20, around: target });
    expect(window.offset).toBe(67);
    expect(window.rows.map((paper) => paper.id)).toEqual(whole.slice(67, 87));
  });

  it('pages through a search by rank, and counts every match', async () => {
    const { call } = setup();
    const view = { query: 'planning' };
    const first = await call<ListWindow>('listWindow', { view, offset: 0, limit: 10 });
    const ranked = await call<number[]>('listIds', { view });
    expect(first.total).toBe(ranked.length);
    expect(first.search?.matched).toBeGreaterThanOrEqual(first.total);
    expect(first.rows.map((paper) => paper.id)).toEqual(ranked.slice(0, 10));
    expect(first.rows.every((paper) => paper.title.includes('planning'))).toBe(true);
    expect(first.search?.titleRanges.map(([id]) => id)).toEqual(ranked.slice(0, 10));
    const later = await call<ListWindow>('listWindow', { view, offset: 20, limit: 10 });
    expect(later.rows.map((paper) => paper.id)).toEqual(ranked.slice(20, 30));
    // The rows shown are marked as a search's own hits are.
    const searched = await call<SearchResponse>('search', { query: 'planning', limit: 30 });
    const marked = searched.hits
      .slice(20, 30)
      .map((hit): [number, unknown] => [hit.paper.id, hit.titleRanges]);
    expect(later.search?.titleRanges).toEqual(marked);
    expect(marked.every(([, ranges]) => Array.isArray(ranges) && ranges.length > 0)).toBe(true);
  });

  it('searches afresh after a change', async () => {
    const { db, call } = setup();
    const view = { query: 'planning', status: 'read' as const };
    const before = await call<ListWindow>('listWindow', { view, offset: 0, limit: 500 });
    const unread = listPaperSummaries(db, { status: 'unread' }).filter((paper) =>
      paper.title.includes('planning'),
    );
    setStatus(db, [unread[0]?.id ?? 0], 'read');
    const after = await call<ListWindow>('listWindow', { view, offset: 0, limit: 500 });
    expect(after.total).toBe(before.total + 1);
  });

  it('refuses a window larger than the window ever asks for', async () => {
    const { dispatch } = setup(3);
    expect(await dispatch('listWindow', { view: {}, offset: 0, limit: 100_000 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });
});

describe('a search with more results than its first answer ranks', () => {
  /** 1,200 papers, every title holding "paper"; the engine's rank requests recorded. */
  function searched() {
    const library = tempLibrary();
    addManyPapers(library.db, FIRST_RANKED + 700);
    const engine = new SearchService(library.db);
    const asked: SearchRequest[] = [];
    const backend = Object.assign(Object.create(engine) as SearchService, {
      rank: (request: SearchRequest) => {
        asked.push(request);
        return engine.rank(request);
      },
    });
    const dispatch = createDispatch(createHandlers(library.db, { search: backend }), vi.fn());
    const call = async <T>(method: string, args: unknown): Promise<T> => {
      const response = (await dispatch(method, args)) as ApiResponse<T>;
      if (!response.ok) throw new Error(response.error.message);
      return response.value;
    };
    const everyResult = () => engine.rank({ query: 'paper', limit: LIST_RESULTS }).ids;
    return { ...library, call, asked, everyResult };
  }

  it('ranks only the first results for the first rows, counts them all, and ranks the rest when the list scrolls past them', async () => {
    const { call, asked, everyResult } = searched();
    const view = { query: 'paper' };
    const ranked = Array.from(everyResult());
    expect(ranked).toHaveLength(FIRST_RANKED + 700);

    const first = await call<ListWindow>('listWindow', { view, offset: 0, limit: 40 });
    expect(asked).toEqual([expect.objectContaining({ rankedFirst: FIRST_RANKED })]);
    expect(first.total).toBe(ranked.length);
    expect(first.search).toMatchObject({ matched: ranked.length, matchedIsExact: true });
    expect(first.rows.map((paper) => paper.id)).toEqual(ranked.slice(0, 40));

    const near = await call<ListWindow>('listWindow', { view, offset: 300, limit: 40 });
    expect(near.rows.map((paper) => paper.id)).toEqual(ranked.slice(300, 340));
    expect(asked).toHaveLength(1);

    const past = await call<ListWindow>('listWindow', { view, offset: FIRST_RANKED - 20, limit: 40 });
    expect(past.rows.map((paper) => paper.id)).toEqual(ranked.slice(FIRST_RANKED - 20, FIRST_RANKED + 20));
    expect(asked).toHaveLength(2);
    expect(asked[1]?.rankedFirst).toBeUndefined();
    expect(await call('listIds', { view })).toEqual(ranked);
    expect(asked).toHaveLength(2);
  });

  it('ranks once for a refresh whose cursor is among the first results, and whole for one past them', async () => {
    const { call, asked, everyResult } = searched();
    const view = { query: 'paper' };
    const ranked = Array.from(everyResult());
    const near = [ranked[3] ?? 0, ranked[FIRST_RANKED - 1] ?? 0];
    const state = await call<WindowState>('windowState', { view, offset: 0, limit: 40, within: near });
    expect(state.held).toEqual(near);
    expect(asked).toHaveLength(1);

    const far = ranked[FIRST_RANKED] ?? 0;
    const again = await call<WindowState>('windowState', {
      view,
      offset: 0,
      limit: 40,
      within: [far, 999_999],
    });
    expect(again.held).toEqual([far]);
    expect(asked).toHaveLength(2);
    expect(asked[1]?.rankedFirst).toBeUndefined();
  });

  it('finds a paper ranked past the first results, and every result for a selection', async () => {
    const { call, everyResult } = searched();
    const view = { query: 'paper' };
    const ranked = Array.from(everyResult());
    const target = ranked[FIRST_RANKED + 200] ?? 0;
    const around = await call<ListWindow>('listWindow', { view, offset: 0, limit: 40, around: target });
    expect(around.offset).toBe(FIRST_RANKED + 180);
    expect(around.rows.map((paper) => paper.id)).toEqual(
      ranked.slice(FIRST_RANKED + 180, FIRST_RANKED + 220),
    );

    const { call: fresh } = searched();
    const edge = ranked[FIRST_RANKED - 5] ?? 0;
    const atEdge = await fresh<ListWindow>('listWindow', { view, offset: 0, limit: 40, around: edge });
    expect(atEdge.rows.map((paper) => paper.id)).toEqual(ranked.slice(FIRST_RANKED - 25, FIRST_RANKED + 15));
  });

  it('asks once for a partial first answer, whose count is cut short on purpose', async () => {
    const { db, asked, everyResult } = searched();
    const partialAnswer = createHandlers(db, {
      search: Object.assign(Object.create(new SearchService(db)) as SearchService, {
        rank: (request: SearchRequest): RankedIds => {
          asked.push(request);
          const ids = everyResult().slice(0, request.limit ?? 0);
          const marks = { terms: [], phrases: [] };
          return { ids, total: ids.length, totalIsExact: false, problems: [], marks, partial: true };
        },
      }),
    });
    const window = await partialAnswer.listWindow({ view: { query: 'paper' }, offset: 0, limit: 40 });
    expect(asked).toEqual([expect.objectContaining({ limit: LIST_RESULTS, rankedFirst: FIRST_RANKED })]);
    expect(window.total).toBe(FIRST_RANKED + 700);
    expect(window.search).toMatchObject({ partial: true, matchedIsExact: false });
  });

  it('counts every match of a phrase alone, which stops counting at the limit it ranks to', async () => {
    const { call } = searched();
    const view = { query: '"paper"' };
    const first = await call<ListWindow>('listWindow', { view, offset: 0, limit: 40 });
    const every = await call<number[]>('listIds', { view });
    expect(every).toHaveLength(FIRST_RANKED + 700);
    expect(first.total).toBe(every.length);
    expect(first.rows.map((paper) => paper.id)).toEqual(every.slice(0, 40));
  });
});

describe('libraryVersion and undoOperation', () => {
  it('the version moves with this connection’s changes and with another process’s', async () => {
    const { db, path, call } = setup(10);
    const start = await call<{ version: string }>('libraryVersion', {});
    expect((await call<{ version: string }>('libraryVersion', {})).version).toBe(start.version);
    const ids = listPaperSummaries(db).map((paper) => paper.id);
    await call('setStatus', { ids: [ids[0]], status: 'read' });
    const mine = await call<{ version: string; undo: { label: string } }>('libraryVersion', {});
    expect(mine.version).not.toBe(start.version);
    expect(mine.undo.label).toBe('Move 1 paper to Read');

    const other = openLibrary(path);
    other.prepare("UPDATE papers SET title = 'Renamed elsewhere' WHERE id = ?").run(ids[1]);
    other.close();
    expect((await call<{ version: string }>('libraryVersion', {})).version).not.toBe(mine.version);
  });

  it('undoes the change a toast named while it is the newest, and refuses once another change came after', async () => {
    const { db, path, call, dispatch } = setup(10);
    const ids = listPaperSummaries(db).map((paper) => paper.id);
    await call('setStatus', { ids: [ids[0]], status: 'read' });
    const mine = (await call<{ undo: { id: number } }>('libraryVersion', {})).undo.id;

    const other = openLibrary(path);
    setStatus(other, [ids[1] ?? 0], 'reading');
    other.close();

    const refused = await dispatch('undoOperation', { id: mine });
    expect(refused).toMatchObject({ ok: false, error: { code: 'nothing_to_undo' } });
    expect(JSON.stringify(refused)).toMatch(/changed elsewhere after “Move 1 paper to Read”/);
    const status = db.prepare('SELECT status FROM papers WHERE id = ?').pluck();
    expect(status.get(ids[1])).toBe('reading');
    expect(status.get(ids[0])).toBe('read');

    await call('undo', {});
    const newest = (await call<{ undo: { id: number } }>('libraryVersion', {})).undo.id;
    expect(newest).toBe(mine);
    expect(await call('undoOperation', { id: mine })).toEqual({ label: 'Move 1 paper to Read' });
    expect(status.get(ids[0])).not.toBe('read');
  });
});

describe('windowState', () => {
  it("answers a refresh's reads in one call, as the separate calls do", async () => {
    const { db, call } = setup();
    const whole = listPaperSummaries(db, { status: 'unread' }).map((paper) => paper.id);
    const view = { status: 'unread' as const };
    const within = [whole[3] ?? 0, whole[40] ?? 0, 999_999];
    const state = await call<WindowState>('windowState', {
      view,
      offset: 0,
      limit: 20,
      around: whole[40],
      within,
    });
    expect(state.version).toEqual(await call('libraryVersion', {}));
    expect(state.window).toEqual(await call('listWindow', { view, offset: 0, limit: 20, around: whole[40] }));
    expect(state.held).toEqual(await call('listIds', { view, within }));
    expect(state.counts).toEqual(await call('queueCounts', {}));
    expect(state.tags).toEqual(await call('listTags', {}));
  });

  it('leaves the counts and tags out when only the list changed, and checks its arguments', async () => {
    const { call, dispatch } = setup();
    const state = await call<WindowState>('windowState', {
      view: { query: 'planning' },
      offset: 0,
      limit: 5,
      listOnly: true,
    });
    expect(state).toMatchObject({ counts: null, tags: null, held: [] });
    expect(state.window.search?.matched).toBeGreaterThan(0);
    const refused = await dispatch('windowState', { view: {}, offset: 0, limit: 5000 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});
