import type { PaperHighlights, SearchResult } from './SearchIndex';
import type { RankedIds, SearchRequest } from './SearchService';
import type { WorkerSearch } from './workerSearch';

/** What main asks the search worker, and what it answers. */
export type SearchMessage =
  | { id: number; method: 'search'; request: SearchRequest }
  | { id: number; method: 'highlight'; paperId: number; query: string }
  /** Saves the index now (before the worker is stopped). */
  | { id: number; method: 'save' }
  // Export: ids only
  | { id: number; method: 'searchIds'; request: SearchRequest }
  // List window: ranked ids
  | { id: number; method: 'rank'; request: SearchRequest };

export type SearchReply =
  | { id: number; ok: true; value: SearchResult | PaperHighlights | boolean | Float64Array | RankedIds }
  | { id: number; ok: false; error: string };

/** Answers one message; the worker's whole job, kept apart so it is tested without a thread. */
export async function answer(search: WorkerSearch, message: SearchMessage): Promise<SearchReply> {
  try {
    // Export: ids only
    if (message.method === 'searchIds')
      return { id: message.id, ok: true, value: await search.searchIds(message.request) };
    // List window: ranked ids
    if (message.method === 'rank') return { id: message.id, ok: true, value: search.rank(message.request) };
    const value =
      message.method === 'search'
        ? await search.search(message.request)
        : message.method === 'highlight'
          ? search.highlight(message.paperId, message.query)
          : search.save();
    return { id: message.id, ok: true, value };
  } catch (error) {
    return { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
