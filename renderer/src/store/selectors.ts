import type { ExportSelection, ListView, PaperSort, PaperSummary } from '../../../preload/api';
import { actionTargets, type Place } from '../cursor';
import { plural } from '../plural';
import type { LibraryState } from './library/types';

/**
 * Values derived from the library store, each computed in one place. Those that build a new
 * array or object are read with `useShallow` (or through `getState()`), so a component only
 * re-renders when the value itself changes.
 */

export const selectPlace = (state: LibraryState): Place => ({
  cursorId: state.cursorId,
  selectedIds: state.selectedIds,
});

/** What an action applies to: the selection, else the paper under the cursor. */
export const selectActionTargets = (state: LibraryState): number[] => actionTargets(state);

/** The view as a filter: the sidebar's queue and tag, and the search box's query when it has one. */
export function selectViewFilter(state: LibraryState): ExportSelection {
  const query = state.query.trim();
  return {
    ...(query ? { query } : {}),
    ...(state.tag !== null ? { tag: state.tag } : {}),
    ...(state.queue !== 'all' ? { status: state.queue } : {}),
  };
}

/** How many papers the view holds: a search's total, not only the best ones the list scrolls through. */
export const selectViewCount = (state: LibraryState): number =>
  state.search ? state.search.total : state.total;

/** Unread's up-next order (then Reading and Read by when they moved): the list's own order. */
export const QUEUE_SORT: PaperSort = { by: 'queue', direction: 'asc' };

export const selectSort = (state: LibraryState): PaperSort => state.sort;

/** What the list asks the core for: the sidebar's queue and tag, a sort the person picked, and the query. */
export function selectListView(state: LibraryState): ListView {
  const { query, ...filter } = selectViewFilter(state);
  return {
    ...(filter.tag !== undefined ? { tag: filter.tag } : {}),
    ...(filter.status !== undefined ? { status: filter.status } : {}),
    ...(state.sort.by !== 'queue' ? { sort: state.sort } : {}),
    ...(query !== undefined ? { query } : {}),
  };
}

/** The view without its query, as a key: rows kept for one view are never shown for another. */
export function selectListKey(state: LibraryState): string {
  const { status, tag, sort } = selectListView(state);
  return JSON.stringify([status ?? null, tag ?? null, sort ?? null]);
}

/** "Up next" has an order only in Unread, in that order, so papers can be dragged there and nowhere else. */
export const selectOrderable = (state: LibraryState): boolean =>
  state.queue === 'unread' && state.tag === null && state.search === null && state.sort.by === 'queue';

/** The loaded rows in list order (only those around what is on screen: the list is never held whole). */
export function selectRows(state: LibraryState): PaperSummary[] {
  return [...state.rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

export const selectIds = (state: LibraryState): number[] => selectRows(state).map((paper) => paper.id);

/** Where a paper is in the view, when its row is loaded. */
export function selectPositionOf(state: LibraryState, id: number | null): number | null {
  if (id === null) return null;
  for (const [position, row] of state.rows) if (row.id === id) return position;
  return null;
}

/** Where the cursor's paper is in the view, when its row is loaded. */
export const selectCursorPosition = (state: LibraryState): number | null =>
  selectPositionOf(state, state.cursorId);

/** What is said under the search box: that the results are partial for now, and what was wrong with the query. */
export function selectSearchNote(state: LibraryState): string {
  const { search } = state;
  if (!search) return '';
  const partial = search.partial
    ? ['Titles and first authors only for now — the full search is being prepared.']
    : [];
  return [...partial, ...search.problems].join(' ');
}

/** The box holds a query whose results have not come yet: the list still shows what it showed before. */
export const selectSearchPending = (state: LibraryState): boolean =>
  state.query.trim() !== '' && state.search?.query !== state.query;

/** The list header's count: results found, or for a search, how many matched in all. */
export function selectResultCount(state: LibraryState): string {
  const { search } = state;
  if (!search) return plural(state.total, 'paper');
  const count = search.totalIsExact ? plural(search.total, 'result') : `${search.total}+ results`;
  // Partial results are not a verdict: no "0 results" while the full search is being prepared.
  if (!search.partial) return count;
  return search.total === 0 ? 'No title matches yet' : `${count} so far`;
}

/** After the count, when the list shows fewer papers than matched: the best of them, or, for partial results (in title order), the first. */
export function selectShownNote(state: LibraryState): string {
  const { search, total } = state;
  if (!search || search.total <= total) return '';
  return search.partial ? `, first ${total} by title shown` : `, best ${total} shown`;
}

/** What an empty list says: partial results are not a verdict, so not "No papers here." while they are. */
export const selectEmptyListText = (state: LibraryState): string =>
  state.search?.partial ? 'No title or first-author matches yet.' : 'No papers here.';
