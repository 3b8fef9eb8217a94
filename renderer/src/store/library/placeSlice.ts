import type { StateCreator } from 'zustand';
import {
  NOWHERE,
  placeAfterClearSelection,
  placeAfterMove,
  placeAfterSelect,
  placeAfterSelectAll,
} from '../../cursor';
import { selectIds, selectPlace } from '../selectors';
import type { LibraryState, PlaceSlice } from './types';

export const createPlaceSlice: StateCreator<LibraryState, [], [], PlaceSlice> = (set, get) => ({
  ...NOWHERE,

  select(id, mode = 'only') {
    if (id === null) {
      set({ ...NOWHERE, current: null });
      return;
    }
    set(placeAfterSelect(selectIds(get()), selectPlace(get()), id, mode));
    void get().loadCurrent();
  },

  moveCursor(delta) {
    const before = get().cursorId;
    set(placeAfterMove(selectIds(get()), selectPlace(get()), delta));
    if (get().cursorId !== before) void get().loadCurrent();
  },

  selectAll() {
    set(placeAfterSelectAll(selectIds(get()), selectPlace(get())));
  },

  clearSelection() {
    set(placeAfterClearSelection(selectPlace(get())));
  },
});
