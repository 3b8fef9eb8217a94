import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../main/api/dispatch';
import { createHandlers } from '../../../../main/api/handlers';
import type { LibraryDb } from '../../../../main/db/openLibrary';
import { commitImport } from '../../../../main/library/importText';
import type { IndexState } from '../../../../main/search/indexSnapshot';
import { interimRank } from '../../../../main/search/interimSearch';
import { buildRange } from '../../../../main/search/parallelBuild';
import { SearchService } from '../../../../main/search/SearchService';
import { WorkerSearch } from '../../../../main/search/workerSearch';
import type { ShelfmarkBridge } from '../../../../preload/api';
import { useLibraryStore } from '../../../../renderer/src/store/libraryStore';
import { selectCursorPosition } from '../../../../renderer/src/store/selectors';
import { useTempLibrary } from '../../../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const initialLibrary = useLibraryStore.getState();
const library = () => useLibraryStore.getState();
/** One bridge for every test (the window keeps the first it finds), over each test's own core. */
let dispatch: Dispatch;
const calls: string[] = [];
/** While set, the list's answers wait for it: calls are still counted as they are made. */
let held: Promise<void> | null = null;
const bridge = new Proxy({} as ShelfmarkBridge, {
  get: (_target, method: string) => async (args: unknown) => {
    calls.push(method);
    if (method === 'windowState') await held;
    return dispatch(method, args);
  },
});

/** 400 papers that all match "planning"; the one ranked first is not the first by title. */
function bibtex(): string {
  const entries = Array.from(
    { length: 400 },
    (_, n) => `@article{p${n}, title={Study ${String(n).padStart(3, '0')} of Planning Methods}, year={2020}}`,
  );
  entries.push('@article{zz, title={Zebra Planning}, year={2020}}');
  return entries.join('\n');
}

/** The window over the real core, whose search answers partially until `finish` builds its index. */
async function windowWhileIndexing() {
  const { db } = tempLibrary();
  await commitImport(db, bibtex());
  let finish = () => undefined as void;
  const build = () =>
    new Promise<IndexState>((resolve) => {
      finish = () => resolve(buildRange(db));
    });
  const search = new WorkerSearch(new SearchService(db), db, { build, buildHereUpTo: 0 });
  dispatch = createDispatch(createHandlers(db, { search }), () => undefined);
  calls.splice(0);
  return { db, search, finish: () => finish() };
}

const firstRanked = (db: LibraryDb) => new SearchService(db).rank({ query: 'planning' }).ids[0];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('window', { shelfmark: bridge });
  useLibraryStore.setState(initialLibrary, true);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the list while the full search is prepared', () => {
  it("shows the full results from the first, as a new query's, not at the partial list's offset", async () => {
    const { db, search, finish } = await windowWhileIndexing();
    const titleFirst = interimRank(db, { query: 'planning' }).ids[0];
    expect(firstRanked(db)).not.toBe(titleFirst);
    await library().refresh({ newView: true });
    library().setQuery('planning');
    await vi.waitFor(() => expect(library().search?.partial).toBe(true));
    expect(library().cursorId).toBe(titleFirst);
    // The person scrolls well down the partial results.
    await library().showSpan({ start: 300, end: 320 });
    finish();
    await search.prepare();
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(library().search?.partial).toBe(false));
    await vi.waitFor(() => expect(library().cursorId).toBe(firstRanked(db)));
    expect(selectCursorPosition(library())).toBe(0);
  });

  it('stops asking for partial results again once the box is cleared', async () => {
    const { db } = await windowWhileIndexing();
    await library().refresh({ newView: true });
    library().setQuery('planning');
    await vi.waitFor(() => expect(library().search?.partial).toBe(true));
    // The library moved on, so the rows kept from before the search are not shown again at once.
    await commitImport(db, '@article{late, title={A Late Paper}, year={2021}}');
    await library().refresh({ listOnly: true });
    expect(library().search?.partial).toBe(true);
    let release = () => undefined as void;
    held = new Promise((resolve) => (release = resolve));
    const asked = calls.length;
    library().setQuery('');
    await vi.advanceTimersByTimeAsync(2000);
    // The clearing refresh alone: no partial search asked again while it is under way.
    expect(calls.slice(asked)).toEqual(['windowState']);
    held = null;
    release();
    await vi.waitFor(() => expect(library().search).toBeNull());
  });
});

describe('where the list lands', () => {
  it("counts a new view and a new query's results as landings, not a refresh of the same list", async () => {
    await windowWhileIndexing();
    await library().refresh({ newView: true });
    const landed = library().viewsLanded;
    await library().refresh({ listOnly: true });
    expect(library().viewsLanded).toBe(landed);

    library().setQuery('planning');
    await vi.waitFor(() => expect(library().search?.query).toBe('planning'));
    expect(library().viewsLanded).toBe(landed + 1);
    // The same query's list read again (the library changed, or asked again while partial).
    await library().refresh({ listOnly: true });
    expect(library().viewsLanded).toBe(landed + 1);

    await library().setQueue('unread');
    expect(library().viewsLanded).toBe(landed + 2);
  });
});

describe('the full results replacing partial ones', () => {
  it('keep the paper the person chose among the partial ones under the cursor, its row loaded to be shown', async () => {
    const { db, search, finish } = await windowWhileIndexing();
    await library().refresh({ newView: true });
    library().setQuery('planning');
    await vi.waitFor(() => expect(library().search?.partial).toBe(true));
    const chosen = library().rows.get(5)?.id ?? -1;
    expect(chosen).not.toBe(firstRanked(db));
    library().select(chosen);
    const landed = library().viewsLanded;

    finish();
    await search.prepare();
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(library().search?.partial).toBe(false));
    expect(library().cursorId).toBe(chosen);
    expect(library().selectedIds).toEqual([chosen]);
    expect(selectCursorPosition(library())).not.toBeNull();
    expect(library().viewsLanded).toBe(landed + 1);
  });
});
