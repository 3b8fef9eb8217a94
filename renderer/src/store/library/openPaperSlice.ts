import type { StateCreator } from 'zustand';
import { noteSavesSettled } from '../pendingNoteSaves';
import { callApi } from '../../api';
import { reportError } from '../reportError';
import type { LibraryState, OpenPaperSlice } from './types';

export const createOpenPaperSlice: StateCreator<LibraryState, [], [], OpenPaperSlice> = (set, get) => ({
  current: null,
  currentHighlights: null,

  async loadCurrent() {
    const id = get().cursorId;
    const query = get().query.trim();
    if (id === null) {
      set({ current: null, currentHighlights: null });
      return;
    }
    try {
      // A note saved as the person left a paper must be in it when they come back.
      await noteSavesSettled();
      const [paper, highlights] = await Promise.all([
        callApi('getPaper', { id }),
        query ? callApi('highlightPaper', { id, query }) : Promise.resolve(null),
      ]);
      if (get().cursorId === id) set({ current: paper, currentHighlights: highlights });
    } catch (error) {
      reportError(error);
    }
  },
});
