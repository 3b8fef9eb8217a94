import type { ExportSelection, Paper } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { getPaper, listPapers } from '../db/paperQueries';
import type { SearchResult } from '../search/SearchIndex';
import type { SearchRequest } from '../search/SearchService';

export type Search = (request: SearchRequest) => SearchResult | Promise<SearchResult>;

/**
 * The papers a selection names, in the order the window shows them: a search's rank order,
 * or reading order. Ids, query, tag and status all apply together.
 */
export async function selectPapers(
  db: LibraryDb,
  selection: ExportSelection,
  search: Search,
): Promise<Paper[]> {
  const wanted = selection.ids ? new Set(selection.ids) : null;
  if (selection.query?.trim()) {
    const result = await search({
      query: selection.query,
      status: selection.status,
      tag: selection.tag,
      limit: 1_000_000,
    });
    return result.hits
      .filter((hit) => !wanted || wanted.has(hit.id))
      .flatMap((hit) => {
        const paper = getPaper(db, hit.id);
        return paper ? [paper] : [];
      });
  }
  return listPapers(db, { status: selection.status, tag: selection.tag }).filter(
    (paper) => !wanted || wanted.has(paper.id),
  );
}
