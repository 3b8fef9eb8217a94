import type { StateCreator } from 'zustand';
import type { ListWindow, QueueCounts } from '../../../../preload/api';
import { callApi } from '../../api';
import { placeAfterRefresh, placeForResults } from '../../cursor';
import { reportError } from '../reportError';
import { QUEUE_SORT, selectIds, selectListKey, selectListView, selectPlace } from '../selectors';
import { FIRST_WINDOW, windowStateFor } from './firstWindow';
import { MARGIN, mergeRows, missingSpan, MOST_PER_REQUEST, rowsOf, wantedSpan } from './listWindow';
import type { KeptList, LibraryState, ListSlice } from './types';

const EMPTY_COUNTS: QueueCounts = { all: 0, unread: 0, reading: 0, read: 0 };

/** Which view is wanted; a change of queue, tag or sort moves it on (a query is compared itself). */
let viewGeneration = 0;
/** Which set of rows is held; every refresh that lands replaces them, so rows loading for older ones are dropped. */
let rowsGeneration = 0;
/** Refreshes in the order they started; one that lands after a later one is dropped. */
let refreshesStarted = 0;
let refreshLanded = 0;
/** The refreshes started when a change's own answer gave the counts: their counts are older. */
let countsFromChange = 0;
/** Refreshes and named changes under way: a poll waits for them rather than racing them. */
let busy = 0;
/** The span being loaded for the list's scrolling, so a scroll does not ask twice. */
let loading: { generation: number; start: number; end: number } | null = null;

/** The view changed: its rows are read afresh, and rows loading for the old one are not wanted. */
function newView(): void {
  viewGeneration += 1;
  rowsGeneration += 1;
  loading = null;
}

/** Runs a change the window makes; following other processes' writes pauses meanwhile. */
export async function whileChanging<T>(run: () => Promise<T>): Promise<T> {
  busy += 1;
  try {
    return await run();
  } finally {
    busy -= 1;
  }
}

export const createListSlice: StateCreator<LibraryState, [], [], ListSlice> = (set, get) => {
  return {
    queue: 'all',
    tag: null,
    sort: QUEUE_SORT,
    total: 0,
    rows: new Map(),
    onScreen: { start: 0, end: 0 },
    viewsLanded: 0,
    counts: EMPTY_COUNTS,
    tags: [],
    loaded: false,
    version: null,

    async refresh({
      listOnly = false,
      passing = [],
      newView: opening = false,
      firstResults = false,
      aroundChosen = false,
      answered,
    } = {}) {
      const generation = viewGeneration;
      const started = (refreshesStarted += 1);
      const { query } = get();
      const view = selectListView(get());
      const place = selectPlace(get());
      const previousSearch = get().search;
      const newQuery = view.query !== undefined && (firstResults || previousSearch?.query !== query);
      const { onScreen } = get();
      const from = Math.max(0, onScreen.start - MARGIN);
      // The rows on screen and a margin either side; for a new view as many, around the cursor.
      // Before the list has said what it shows: the first ones.
      const shown = onScreen.end > 0;
      const screen = {
        offset: from,
        limit: Math.min(MOST_PER_REQUEST, shown ? onScreen.end + MARGIN - from + 1 : FIRST_WINDOW),
      };
      const rowsOnScreen = onScreen.end - onScreen.start + 1;
      const screenful = shown ? Math.min(MOST_PER_REQUEST, rowsOnScreen + 2 * MARGIN) : FIRST_WINDOW;
      // A new query's answer carries the screen alone, the sooner to show: the margin follows (showSpan).
      const request = newQuery
        ? { offset: 0, limit: shown ? Math.min(MOST_PER_REQUEST, rowsOnScreen) : FIRST_WINDOW }
        : opening || aroundChosen
          ? {
              offset: 0,
              limit: screenful,
              ...(place.cursorId !== null ? { around: place.cursorId } : {}),
            }
          : screen;
      // The cursor and selection may lie beyond the rows reloaded: ask which of them the view still holds.
      const placed = [
        ...new Set([...place.selectedIds, ...(place.cursorId !== null ? [place.cursorId] : [])]),
      ];
      busy += 1;
      try {
        // One call: the version (read first, so the rows are at least as new), the rows, which of
        // the cursor and selection the view holds, and the counts and tags, which typing in the
        // search box does not change.
        const state = await windowStateFor({
          view,
          ...request,
          ...(placed.length > 0 && !newQuery ? { within: placed } : {}),
          ...(listOnly ? { listOnly } : {}),
        }).finally(answered);
        const { version, window, held } = state;
        const counts = state.counts ?? get().counts;
        const tags = state.tags ?? get().tags;
        // The person has moved on to another view meanwhile: its own refresh will land.
        if (viewGeneration !== generation || get().query !== query || started < refreshLanded) return;
        if (!newQuery && !aroundChosen && previousSearch?.partial && window.search?.partial === false) {
          // The full results replace partial ones in another order (rank, not title): shown as a
          // new query's are, from the first, rather than at the partial list's scroll offset;
          // but a paper the person chose among the partial ones stays under the cursor.
          const { cursorId } = get();
          const chosen = cursorId !== null && cursorId !== get().rows.get(0)?.id;
          void get().refresh(chosen ? { listOnly, aroundChosen: true } : { listOnly, firstResults: true });
          return;
        }
        refreshLanded = started;
        rowsGeneration += 1;
        loading = null;
        const ids = window.rows.map((row) => row.id);
        if (window.search) setSearch(window, query, keptList());
        else if (get().search) set({ search: null });
        const after = newQuery ? ids : [...ids, ...held];
        const nextPlace = newQuery
          ? placeForResults(ids)
          : placeAfterRefresh(selectIds(get()), after, selectPlace(get()), passing);
        set({
          rows: rowsOf(window),
          total: window.total,
          counts: started > countsFromChange ? counts : get().counts,
          tags,
          version,
          loaded: true,
          ...(newQuery || opening || aroundChosen ? { viewsLanded: get().viewsLanded + 1 } : {}),
          ...nextPlace,
        });
        get().followPartialSearch();
        await get().loadCurrent();
      } catch (error) {
        set({ loaded: true });
        reportError(error);
      } finally {
        busy -= 1;
      }
    },

    showKeptList(kept) {
      if (!kept || kept.view !== selectListKey(get()) || kept.version !== get().version?.version)
        return false;
      // Rows loading for the search's results must not land in the list.
      rowsGeneration += 1;
      loading = null;
      set({ rows: kept.rows, total: kept.total, search: null });
      return true;
    },

    showCounts(counts) {
      countsFromChange = refreshesStarted;
      set({ counts });
    },

    async showSpan(onScreen) {
      set({ onScreen });
      const wanted = wantedSpan(onScreen, get().total);
      const missing = wanted && missingSpan(get().rows, wanted);
      if (!missing) return;
      const generation = rowsGeneration;
      if (
        loading?.generation === generation &&
        loading.start <= missing.start &&
        loading.end >= missing.end
      ) {
        return;
      }
      loading = { generation, ...missing };
      try {
        await get().loadRows({ offset: missing.start, limit: missing.end - missing.start + 1 });
      } finally {
        if (loading?.generation === generation && loading.start === missing.start) loading = null;
      }
    },

    async loadRows(request) {
      const generation = rowsGeneration;
      try {
        const window = await callApi('listWindow', { view: selectListView(get()), ...request });
        if (rowsGeneration !== generation) return;
        const loaded = rowsOf(window);
        const held = get().rows;
        // Nothing new (a paper gone meanwhile leaves its position empty): leave the rows be, so the
        // list does not ask again and again for a row that is not there.
        const isNew = [...loaded].some(([position, row]) => held.get(position)?.id !== row.id);
        if (!isNew && window.total === get().total) return;
        if (window.search) mergeTitleRanges(window);
        set({ rows: mergeRows(held, loaded, get().onScreen), total: window.total });
      } catch (error) {
        reportError(error);
      }
    },

    async followChanges() {
      if (busy > 0 || !get().loaded) return;
      try {
        const { version } = await callApi('libraryVersion', {});
        if (busy > 0 || version === get().version?.version) return;
        await get().refresh();
      } catch {
        // A missed poll is retried at the next one; an error here would repeat every half second.
      }
    },

    async setQueue(queue) {
      newView();
      set({ queue });
      await get().refresh({ newView: true });
    },

    async setTag(tag) {
      newView();
      set({ tag });
      await get().refresh({ newView: true });
    },

    async setSort(sort) {
      newView();
      set({ sort });
      await get().refresh({ listOnly: true, newView: true });
    },
  };

  /** The list's rows before a search replaces them (a search going on keeps the ones it kept). */
  function keptList(): KeptList | null {
    const { search, version, rows, total } = get();
    if (search) return search.list;
    return version ? { view: selectListKey(get()), version: version.version, rows, total } : null;
  }

  function setSearch(window: ListWindow, query: string, list: KeptList | null): void {
    const found = window.search;
    if (!found) return;
    const previous = get().search;
    set({
      search: {
        query,
        titleRanges: new Map(found.titleRanges),
        total: found.matched,
        totalIsExact: found.matchedIsExact,
        problems: found.problems,
        partial: found.partial,
        before: previous?.before ?? selectPlace(get()),
        list,
      },
    });
  }

  function mergeTitleRanges(window: ListWindow): void {
    const search = get().search;
    if (!search || !window.search) return;
    set({
      search: { ...search, titleRanges: new Map([...search.titleRanges, ...window.search.titleRanges]) },
    });
  }
};
