import { create } from 'zustand';
import type {
  Paper,
  PaperHighlights,
  PaperStatus,
  PaperSummary,
  QueueCounts,
  TagSummary,
  TextRange,
} from '../../../preload/api';
import { callApi } from '../api';

export type QueueFilter = 'all' | PaperStatus;

export type SelectMode = 'only' | 'toggle' | 'range';

interface LibraryState {
  queue: QueueFilter;
  tag: string | null;
  papers: PaperSummary[];
  counts: QueueCounts;
  tags: TagSummary[];
  loaded: boolean;
  /** The paper the detail pane shows and the keyboard moves. */
  cursorId: number | null;
  /** Papers a bulk action applies to; always includes the cursor when there is one. */
  selectedIds: number[];
  current: Paper | null;
  /** Where the search matched in the open paper. */
  currentHighlights: PaperHighlights | null;
  /** The search box; while it has text, the list shows its results, best first. */
  query: string;
  search: SearchState | null;
  error: string | null;
  /** Reloads the list (or the search results) and, unless only the query changed, the counts and tags. */
  refresh: (options?: { listOnly?: boolean }) => Promise<void>;
  setQueue: (queue: QueueFilter) => Promise<void>;
  setTag: (tag: string | null) => Promise<void>;
  select: (id: number | null, mode?: SelectMode) => void;
  moveCursor: (delta: number) => void;
  selectAll: () => void;
  loadCurrent: () => Promise<void>;
  setError: (error: string | null) => void;
  setQuery: (query: string) => void;
}

interface SearchState {
  /** The query these results are for. */
  query: string;
  titleRanges: Map<number, TextRange[]>;
  total: number;
  totalIsExact: boolean;
  problems: string[];
  /** Where the cursor and selection were before searching, to go back to when the box is cleared. */
  before: { cursorId: number | null; selectedIds: number[] };
}

/** How many results the window shows; the engine ranks the rest below them. */
const SEARCH_LIMIT = 500;
const SEARCH_DELAY_MS = 60;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

const EMPTY_COUNTS: QueueCounts = { all: 0, unread: 0, reading: 0, read: 0 };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useLibraryStore = create<LibraryState>((set, get) => ({
  queue: 'all',
  tag: null,
  papers: [],
  counts: EMPTY_COUNTS,
  tags: [],
  loaded: false,
  cursorId: null,
  selectedIds: [],
  current: null,
  currentHighlights: null,
  query: '',
  search: null,
  error: null,

  async refresh({ listOnly = false } = {}) {
    const { queue, tag, query } = get();
    const filter = { ...(queue === 'all' ? {} : { status: queue }), ...(tag ? { tag } : {}) };
    try {
      const [listed, counts, tags] = await Promise.all([
        query.trim()
          ? callApi('search', { query, limit: SEARCH_LIMIT, ...filter })
          : callApi('listPapers', filter),
        // Typing in the search box changes neither the counts nor the tags.
        listOnly ? get().counts : callApi('queueCounts', {}),
        listOnly ? get().tags : callApi('listTags', {}),
      ]);
      if (get().queue !== queue || get().tag !== tag || get().query !== query) return;
      const papers = Array.isArray(listed) ? listed : listed.hits.map((hit) => hit.paper);
      if (!Array.isArray(listed)) {
        const previousSearch = get().search;
        const before = previousSearch?.before ?? { cursorId: get().cursorId, selectedIds: get().selectedIds };
        set({
          search: {
            query,
            titleRanges: new Map(listed.hits.map((hit) => [hit.paper.id, hit.titleRanges])),
            total: listed.total,
            totalIsExact: listed.totalIsExact,
            problems: listed.problems,
            before,
          },
        });
        // A new query puts the cursor on its best match; refreshing after a change leaves it be.
        if (previousSearch?.query !== query) set({ cursorId: papers[0]?.id ?? null, selectedIds: [] });
      }
      const { cursorId, papers: previous } = get();
      const ids = new Set(papers.map((paper) => paper.id));
      // A paper that left this view (moved to another queue, say) hands the cursor to the one now in its place.
      let cursor = cursorId;
      if (cursor !== null && !ids.has(cursor)) {
        const index = previous.findIndex((paper) => paper.id === cursor);
        cursor = papers[Math.min(index, papers.length - 1)]?.id ?? null;
      }
      set({
        papers,
        counts,
        tags,
        loaded: true,
        error: null,
        cursorId: cursor,
        selectedIds:
          cursor === cursorId
            ? get().selectedIds.filter((id) => ids.has(id))
            : cursor === null
              ? []
              : [cursor],
      });
      await get().loadCurrent();
    } catch (error) {
      set({ error: message(error), loaded: true });
    }
  },

  async setQueue(queue) {
    set({ queue });
    await get().refresh();
  },

  async setTag(tag) {
    set({ tag });
    await get().refresh();
  },

  select(id, mode = 'only') {
    const { papers, selectedIds, cursorId } = get();
    if (id === null) {
      set({ cursorId: null, selectedIds: [], current: null });
      return;
    }
    let selection: number[];
    if (mode === 'toggle') {
      selection = selectedIds.includes(id)
        ? selectedIds.filter((other) => other !== id)
        : [...selectedIds, id];
    } else if (mode === 'range' && cursorId !== null) {
      const from = papers.findIndex((paper) => paper.id === cursorId);
      const to = papers.findIndex((paper) => paper.id === id);
      const [start, end] = from < to ? [from, to] : [to, from];
      selection = papers.slice(start, end + 1).map((paper) => paper.id);
    } else selection = [id];
    set({ cursorId: mode === 'range' ? cursorId : id, selectedIds: selection });
    void get().loadCurrent();
  },

  moveCursor(delta) {
    const { papers, cursorId } = get();
    if (papers.length === 0) return;
    const index = papers.findIndex((paper) => paper.id === cursorId);
    const next = papers[index === -1 ? 0 : Math.max(0, Math.min(papers.length - 1, index + delta))];
    if (next) get().select(next.id);
  },

  selectAll() {
    set({ selectedIds: get().papers.map((paper) => paper.id) });
  },

  async loadCurrent() {
    const id = get().cursorId;
    const query = get().query.trim();
    if (id === null) {
      set({ current: null, currentHighlights: null });
      return;
    }
    try {
      const [paper, highlights] = await Promise.all([
        callApi('getPaper', { id }),
        query ? callApi('highlightPaper', { id, query }) : Promise.resolve(null),
      ]);
      if (get().cursorId === id) set({ current: paper, currentHighlights: highlights });
    } catch (error) {
      set({ error: message(error) });
    }
  },

  setError(error) {
    set({ error });
  },

  setQuery(query) {
    set({ query });
    clearTimeout(searchTimer);
    if (query.trim() === '') {
      // Back to the list, and to the paper and selection the person had before searching.
      const before = get().search?.before;
      set({ search: null, ...(before ?? {}) });
      void get().refresh({ listOnly: true });
      return;
    }
    searchTimer = setTimeout(() => void get().refresh({ listOnly: true }), SEARCH_DELAY_MS);
  },
}));
