import type { StateCreator } from 'zustand';
import { MAX_QUERY_LENGTH } from '../../../../preload/api';
import { placeAfterClearingSearch } from '../../cursor';
import { selectPlace } from '../selectors';
import type { LibraryState, SearchSlice } from './types';

/**
 * A query is asked for at once when no search is under way; while one is, only the newest query
 * is asked for after it (refresh drops an answer for a query the box no longer holds). The
 * results shown stay until the new query's arrive: typing never flashes an empty list or "0 results".
 */
let searching = false;
let searchAgain = false;
/** How soon partial results (the full search being prepared) are asked for again. */
const PARTIAL_AGAIN_MS = 500;
let partialTimer: ReturnType<typeof setTimeout> | undefined;

export const createSearchSlice: StateCreator<LibraryState, [], [], SearchSlice> = (set, get) => {
  function searchNewest(): void {
    if (searching) {
      searchAgain = true;
      return;
    }
    searching = true;
    // The next query goes out once this one's list is in, not after the paper it opens loads.
    void get().refresh({
      listOnly: true,
      answered: () => {
        searching = false;
        if (!searchAgain) return;
        searchAgain = false;
        // Cleared meanwhile: its own refresh is under way. A query typed back to the one sent is
        // asked again, as that answer is dropped if a later refresh (the clear's) landed first.
        if (get().query.trim() !== '') searchNewest();
      },
    });
  }

  return {
    query: '',
    search: null,

    setQuery(typed) {
      // A longer text (a pasted page) is searched by its start: the core refuses the rest.
      const query = typed.slice(0, MAX_QUERY_LENGTH);
      set({ query });
      if (query.trim() === '') {
        clearTimeout(partialTimer);
        // Back to the list, and to the paper and selection the person had before searching: its
        // rows as kept from before the search when the library has not changed since, else the
        // results stay until the list's rows arrive (the refresh drops them), so nothing flashes.
        const kept = get().search?.list ?? null;
        set(placeAfterClearingSearch(get().search?.before, selectPlace(get())));
        get().showKeptList(kept);
        void get().refresh({ listOnly: true, newView: true });
        return;
      }
      searchNewest();
    },

    followPartialSearch() {
      clearTimeout(partialTimer);
      if (!get().search?.partial) return;
      // Each refresh that lands partial sets the next one; a new query's own refresh replaces it.
      partialTimer = setTimeout(() => {
        if (get().search?.partial) void get().refresh({ listOnly: true });
      }, PARTIAL_AGAIN_MS);
    },
  };
};
