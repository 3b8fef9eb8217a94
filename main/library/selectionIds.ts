import type { ExportSelection } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { idsInQueueOrder } from '../db/exportQueries';
import type { SearchResult } from '../search/SearchIndex';
import type { SearchRequest } from '../search/SearchService';

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
  const ids = selection.query?.trim()
    ? (
        await search({
          query: selection.query,
          status: selection.status,
          tag: selection.tag,
          limit: 1_000_000,
        })
      ).hits.map((hit) => hit.id)
    : idsInQueueOrder(db, { status: selection.status, tag: selection.tag });
  return wanted ? ids.filter((id) => wanted.has(id)) : ids;
}
