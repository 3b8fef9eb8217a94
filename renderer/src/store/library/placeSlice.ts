import type { StateCreator } from 'zustand';
import { callApi } from '../../api';
import { NOWHERE, placeAfterClearSelection, placeAfterSelect, placeAfterSelectAll } from '../../cursor';
import { reportError } from '../reportError';
import { selectIds, selectListView, selectPlace, selectPositionOf } from '../selectors';
import type { LibraryState, PlaceSlice } from './types';

/** Rows loaded around a paper the cursor moves to that was not loaded. */
const AROUND = 100;

export const createPlaceSlice: StateCreator<LibraryState, [], [], PlaceSlice> = (set, get) => {
  /** Whether the rows from one paper to the other are all loaded (the loaded ids then hold the range). */
  function rangeLoaded(from: number, to: number): boolean {
    const state = get();
    const [start, end] = [selectPositionOf(state, from), selectPositionOf(state, to)];
    if (start === null || end === null) return false;
    for (let position = Math.min(start, end); position <= Math.max(start, end); position += 1)
      if (!state.rows.has(position)) return false;
    return true;
  }

  /** Where a paper is in the view; when its row was let go (the list scrolled far away), its rows are loaded first. */
  async function findPosition(id: number): Promise<number | null> {
    if (selectPositionOf(get(), id) === null) await get().loadRows({ offset: 0, limit: AROUND, around: id });
    return selectPositionOf(get(), id);
  }

  /** A shift-click over rows not loaded: the papers between, asked of the core by position. */
  async function selectRange(anchor: number, id: number): Promise<void> {
    try {
      // The clicked row is on screen; the anchor's may have been let go.
      const to = selectPositionOf(get(), id);
      const from = await findPosition(anchor);
      if (get().cursorId !== anchor) return;
      if (from === null || to === null) {
        get().select(id);
        return;
      }
      const start = Math.min(from, to);
      const ids = await callApi('listIds', {
        view: selectListView(get()),
        offset: start,
        limit: Math.max(from, to) - start + 1,
      });
      // The person has moved on meanwhile: this range is no longer what they asked for.
      if (get().cursorId !== anchor) return;
      set({ cursorId: anchor, selectedIds: ids });
    } catch (error) {
      reportError(error);
    }
  }

  return {
    ...NOWHERE,

    select(id, mode = 'only') {
      if (id === null) {
        set({ ...NOWHERE, current: null });
        return;
      }
      const { cursorId } = get();
      if (mode === 'range' && cursorId !== null && !rangeLoaded(cursorId, id)) {
        void selectRange(cursorId, id);
        return;
      }
      set(placeAfterSelect(selectIds(get()), selectPlace(get()), id, mode));
      void get().loadCurrent();
    },

    async moveCursor(delta) {
      const { total, cursorId } = get();
      if (total === 0) return;
      const from = cursorId === null ? null : await findPosition(cursorId);
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
  };
};
