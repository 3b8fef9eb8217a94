import type { StateCreator } from 'zustand';
import type { QueueCounts } from '../../../../preload/api';
import { callApi } from '../../api';
import { placeAfterRefresh, placeForResults } from '../../cursor';
import { reportError } from '../reportError';
import { QUEUE_SORT, selectIds, selectListArgs, selectPlace, selectViewFilter } from '../selectors';
import type { LibraryState, ListSlice } from './types';

/** How many results the window shows; the engine ranks the rest below them. */
const SEARCH_LIMIT = 500;

const EMPTY_COUNTS: QueueCounts = { all: 0, unread: 0, reading: 0, read: 0 };

export const createListSlice: StateCreator<LibraryState, [], [], ListSlice> = (set, get) => ({
  queue: 'all',
  tag: null,
  sort: QUEUE_SORT,
  papers: [],
  counts: EMPTY_COUNTS,
  tags: [],
  loaded: false,

  async refresh({ listOnly = false, passing = [] } = {}) {
    const { queue, tag, query, sort } = get();
    const { query: searched, ...filter } = selectViewFilter(get());
    try {
      const [listed, counts, tags] = await Promise.all([
        searched
          ? callApi('search', { query: searched, limit: SEARCH_LIMIT, ...filter })
          : callApi('listPapers', selectListArgs(get())),
        // Typing in the search box changes neither the counts nor the tags.
        listOnly ? get().counts : callApi('queueCounts', {}),
        listOnly ? get().tags : callApi('listTags', {}),
      ]);
      // The person has moved on to another view meanwhile: its own refresh will land.
      if (get().queue !== queue || get().tag !== tag || get().query !== query || get().sort !== sort) return;
      const papers = Array.isArray(listed) ? listed : listed.hits.map((hit) => hit.paper);
      const ids = papers.map((paper) => paper.id);
      if (!Array.isArray(listed)) {
        const previous = get().search;
        set({
          search: {
            query,
            titleRanges: new Map(listed.hits.map((hit) => [hit.paper.id, hit.titleRanges])),
            total: listed.total,
            totalIsExact: listed.totalIsExact,
            problems: listed.problems,
            before: previous?.before ?? selectPlace(get()),
          },
        });
        // A new query puts the cursor on its best match; refreshing after a change leaves it be.
        if (previous?.query !== query) set(placeForResults(ids));
      }
      const place = placeAfterRefresh(selectIds(get()), ids, selectPlace(get()), passing);
      set({ papers, counts, tags, loaded: true, ...place });
      await get().loadCurrent();
    } catch (error) {
      set({ loaded: true });
      reportError(error);
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

  async setSort(sort) {
    set({ sort });
    await get().refresh({ listOnly: true });
  },
});
