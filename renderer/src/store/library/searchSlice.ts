import type { StateCreator } from 'zustand';
import { placeAfterClearingSearch } from '../../cursor';
import { selectPlace } from '../selectors';
import type { LibraryState, SearchSlice } from './types';

/** The results shown stay until the new query's arrive: typing never flashes an empty list or "0 results". */
const SEARCH_DELAY_MS = 60;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
/** How soon partial results (the full search being prepared) are asked for again. */
const PARTIAL_AGAIN_MS = 500;
let partialTimer: ReturnType<typeof setTimeout> | undefined;

export const createSearchSlice: StateCreator<LibraryState, [], [], SearchSlice> = (set, get) => ({
  query: '',
  search: null,

  setQuery(query) {
    set({ query });
    clearTimeout(searchTimer);
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
    searchTimer = setTimeout(() => void get().refresh({ listOnly: true }), SEARCH_DELAY_MS);
  },

  followPartialSearch() {
    clearTimeout(partialTimer);
    if (!get().search?.partial) return;
    // Each refresh that lands partial sets the next one; a new query's own refresh replaces it.
    partialTimer = setTimeout(() => {
      if (get().search?.partial) void get().refresh({ listOnly: true });
    }, PARTIAL_AGAIN_MS);
  },
});
