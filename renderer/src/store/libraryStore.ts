import { create } from 'zustand';
import { createListSlice } from './library/listSlice';
import { createOpenPaperSlice } from './library/openPaperSlice';
import { createPlaceSlice } from './library/placeSlice';
import { createSearchSlice } from './library/searchSlice';
import type { LibraryState } from './library/types';

export type { LibraryState, QueueFilter } from './library/types';

/** The library as the window shows it: one store, four slices (see library/types.ts). */
export const useLibraryStore = create<LibraryState>()((...args) => ({
  ...createListSlice(...args),
  ...createPlaceSlice(...args),
  ...createOpenPaperSlice(...args),
  ...createSearchSlice(...args),
}));
