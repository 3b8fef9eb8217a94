import type { StateCreator } from 'zustand';
import { placeAfterClearingSearch } from '../../cursor';
import { selectPlace } from '../selectors';
import type { LibraryState, SearchSlice } from './types';

const SEARCH_DELAY_MS = 60;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

export const createSearchSlice: StateCreator<LibraryState, [], [], SearchSlice> = (set, get) => ({
  query: '',
  search: null,

  setQuery(query) {
    set({ query });
    clearTimeout(searchTimer);
    if (query.trim() === '') {
      // Back to the list, and to the paper and selection the person had before searching.
      set({ search: null, ...placeAfterClearingSearch(get().search?.before, selectPlace(get())) });
      void get().refresh({ listOnly: true });
      return;
    }
    searchTimer = setTimeout(() => void get().refresh({ listOnly: true }), SEARCH_DELAY_MS);
  },
});
