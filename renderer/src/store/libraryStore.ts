import { create } from 'zustand';
import type { Paper, PaperStatus, PaperSummary, QueueCounts } from '../../../preload/api';
import { callApi } from '../api';

export type QueueFilter = 'all' | PaperStatus;

interface LibraryState {
  filter: QueueFilter;
  papers: PaperSummary[];
  counts: QueueCounts;
  loaded: boolean;
  selectedId: number | null;
  selected: Paper | null;
  error: string | null;
  refresh: () => Promise<void>;
  setFilter: (filter: QueueFilter) => Promise<void>;
  select: (id: number | null) => Promise<void>;
  clearError: () => void;
}

const EMPTY_COUNTS: QueueCounts = { all: 0, unread: 0, reading: 0, read: 0 };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useLibraryStore = create<LibraryState>((set, get) => ({
  filter: 'all',
  papers: [],
  counts: EMPTY_COUNTS,
  loaded: false,
  selectedId: null,
  selected: null,
  error: null,

  async refresh() {
    const { filter } = get();
    try {
      const [papers, counts] = await Promise.all([
        callApi('listPapers', filter === 'all' ? {} : { status: filter }),
        callApi('queueCounts', {}),
      ]);
      if (get().filter === filter) set({ papers, counts, loaded: true, error: null });
    } catch (error) {
      set({ error: message(error), loaded: true });
    }
  },

  async setFilter(filter) {
    set({ filter });
    await get().refresh();
  },

  async select(id) {
    set({ selectedId: id, selected: id === null ? null : get().selected });
    if (id === null) return;
    try {
      const paper = await callApi('getPaper', { id });
      if (get().selectedId === id) set({ selected: paper });
    } catch (error) {
      set({ error: message(error) });
    }
  },

  clearError() {
    set({ error: null });
  },
}));
