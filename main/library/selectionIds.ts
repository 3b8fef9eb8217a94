import { PAPER_STATUSES, type ExportSelection } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { idsInQueueOrder } from '../db/exportQueries';
import type { SearchResult } from '../search/SearchIndex';
import type { SearchRequest } from '../search/SearchService';

/** Lets the event loop run (other requests, the window) between two steps of an export. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type Search = (request: SearchRequest) => SearchResult | Promise<SearchResult>;

/**
 * The ids of the papers a selection names, in the order the window shows them: a search's rank
 * order, or reading order. Ids, query, tag and status all apply together. Only ids: the papers
 * themselves are read in batches as they are written.
 */
export async function selectionIds(
  db: LibraryDb,
  selection: ExportSelection,
  search: Search,
): Promise<number[]> {
  const wanted = selection.ids ? new Set(selection.ids) : null;
  let ids: number[] = [];
  if (selection.query?.trim()) {
    const { query, status, tag } = selection;
    ids = (await search({ query, status, tag, limit: 1_000_000 })).hits.map((hit) => hit.id);
  } else {
    // A queue at a time (reading order is queue by queue), with a turn of the event loop between.
    for (const status of selection.status ? [selection.status] : PAPER_STATUSES) {
      if (ids.length > 0) await nextTurn();
      ids = ids.concat(idsInQueueOrder(db, { status, tag: selection.tag }));
    }
  }
  return wanted ? ids.filter((id) => wanted.has(id)) : ids;
}
