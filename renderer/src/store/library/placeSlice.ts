import type { StateCreator } from 'zustand';
import { callApi } from '../../api';
import { NOWHERE, placeAfterClearSelection, placeAfterSelect, placeAfterSelectAll } from '../../cursor';
import { reportError } from '../reportError';
import { selectCursorPosition, selectIds, selectListView, selectPlace } from '../selectors';
import type { LibraryState, PlaceSlice } from './types';

/** Rows loaded around a paper the cursor moves to that was not loaded. */
const AROUND = 100;

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

  async moveCursor(delta) {
    const { total, cursorId } = get();
    if (total === 0) return;
    let from = selectCursorPosition(get());
    // The cursor's row was let go (the list scrolled far away): find where it is first.
    if (cursorId !== null && from === null) {
      await get().loadRows({ offset: 0, limit: AROUND, around: cursorId });
      from = selectCursorPosition(get());
    }
    // From nowhere, the first paper; otherwise `delta` on, stopping at the ends (as cursor.ts's placeAfterMove).
    const to = from === null ? 0 : Math.max(0, Math.min(get().total - 1, from + delta));
    if (!get().rows.has(to)) {
      const offset = Math.max(0, to - AROUND / 2);
      await get().loadRows({ offset, limit: AROUND });
    }
    const next = get().rows.get(to)?.id;
    if (next === undefined || next === get().cursorId) return;
    set({ cursorId: next, selectedIds: [next] });
    await get().loadCurrent();
  },

  async selectAll() {
    try {
      const ids = await callApi('listIds', { view: selectListView(get()) });
      set(placeAfterSelectAll(ids, selectPlace(get())));
    } catch (error) {
      reportError(error);
    }
  },

  clearSelection() {
    set(placeAfterClearSelection(selectPlace(get())));
  },
});
