import type { ExportSelection, PaperSort, PaperStatus } from '../../../preload/api';
import { actionTargets, type Place } from '../cursor';
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

/** How many papers the view holds: a search's total, not only the best ones shown. */
export const selectViewCount = (state: LibraryState): number =>
  state.search ? state.search.total : state.papers.length;

/** Unread's up-next order (then Reading and Read by when they moved): the list's own order. */
export const QUEUE_SORT: PaperSort = { by: 'queue', direction: 'asc' };

export const selectSort = (state: LibraryState): PaperSort => state.sort;

/** What the list asks the core for: the sidebar's queue and tag, and a sort the person picked. */
export function selectListArgs(state: LibraryState): {
  status?: PaperStatus;
  tag?: string;
  sort?: PaperSort;
} {
  return {
    ...(state.tag !== null ? { tag: state.tag } : {}),
    ...(state.queue !== 'all' ? { status: state.queue } : {}),
    ...(state.sort.by !== 'queue' ? { sort: state.sort } : {}),
  };
}

/** "Up next" has an order only in Unread, in that order, so papers can be dragged there and nowhere else. */
export const selectOrderable = (state: LibraryState): boolean =>
  state.queue === 'unread' && state.tag === null && state.search === null && state.sort.by === 'queue';

export const selectIds = (state: LibraryState): number[] => state.papers.map((paper) => paper.id);
