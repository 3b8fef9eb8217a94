import type { ApiArgs, ListView, ListWindow, TextRange, WindowState } from '../../preload/api';
import { idsInView, positionInView, countView, viewIds } from '../db/listWindow';
import { libraryVersion } from '../db/libraryVersion';
import type { LibraryDb } from '../db/openLibrary';
import { countQueues, summariesByIds } from '../db/paperQueries';
import { listTags } from '../library/tags';
import { undoOperation } from '../library/undoOperation';
import { highlight } from '../search/highlight';
import type { SearchBackend } from './handlers';

/** How many of a search's best results the list can scroll through; the rest are counted, not listed. */
export const SEARCH_RESULTS = 5000;
/** Searches kept by query, so paging and typing back over a query never search again. */
const KEPT_SEARCHES = 4;

interface RankedResult {
  ids: number[];
  /** What to mark in the titles of the rows shown (only those are marked, not all the results). */
  marks: { terms: Set<string>; phrases: string[] };
  matched: number;
  matchedIsExact: boolean;
  problems: string[];
  /** Found without the full index, which is being prepared (interimSearch.ts). */
  partial: boolean;
}

/**
 * The window asks for a search's rows by position: the ranked ids of the last few searches are
 * kept here, keyed by query, filters and library version (any change searches afresh).
 */
function rankedSearches(db: LibraryDb, backend: SearchBackend) {
  const kept = new Map<string, RankedResult>();
  return async (view: ListView & { query: string }): Promise<RankedResult> => {
    const key = JSON.stringify([
      view.query,
      view.status ?? null,
      view.tag ?? null,
      libraryVersion(db).version,
    ]);
    const found = kept.get(key);
    if (found) {
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const result = await backend.rank({
      query: view.query,
      status: view.status,
      tag: view.tag,
      limit: SEARCH_RESULTS,
    });
    const ranked: RankedResult = {
      ids: Array.from(result.ids),
      marks: { terms: new Set(result.marks.terms), phrases: result.marks.phrases },
      matched: result.total,
      matchedIsExact: result.totalIsExact,
      problems: result.problems,
      partial: result.partial,
    };
    // A partial answer is asked again until the full index gives the real one.
    if (ranked.partial) return ranked;
    kept.set(key, ranked);
    for (const old of kept.keys()) if (kept.size > KEPT_SEARCHES) kept.delete(old);
    return ranked;
  };
}

/** The first position of a `limit`-row window with `at` in its middle. */
const centredOn = (at: number, limit: number) => Math.max(0, at - Math.floor(limit / 2));

const plainView = ({ status, tag, sort }: ListView) => ({ status, tag, sort });
const searchOf = (view: ListView) => {
  const query = view.query?.trim();
  return query ? { ...view, query } : null;
};

/** The list window's methods: rows by position for any view, its ids, the library's version, a refresh's reads in one, a guarded undo. */
export function createListWindowHandlers(db: LibraryDb, backend: SearchBackend) {
  const ranked = rankedSearches(db, backend);
  const handlers = {
    listWindow: async ({ view, offset, limit, around }: ApiArgs<'listWindow'>): Promise<ListWindow> => {
      const search = searchOf(view);
      if (search) {
        const result = await ranked(search);
        const at = around === undefined ? -1 : result.ids.indexOf(around);
        const start = at >= 0 ? centredOn(at, limit) : offset;
        const rows = summariesByIds(db, result.ids.slice(start, start + limit));
        const { terms, phrases } = result.marks;
        return {
          total: result.ids.length,
          offset: start,
          rows,
          search: {
            matched: result.matched,
            matchedIsExact: result.matchedIsExact,
            problems: result.problems,
            partial: result.partial,
            titleRanges: rows.map((row): [number, TextRange[]] => [
              row.id,
              highlight(row.title, terms, phrases),
            ]),
          },
        };
      }
      const list = plainView(view);
      const at = around === undefined ? null : positionInView(db, list, around);
      const start = at === null ? offset : centredOn(at, limit);
      return {
        total: countView(db, list),
        offset: start,
        rows: summariesByIds(db, viewIds(db, list, start, limit)),
        search: null,
      };
    },
    listIds: async ({ view, offset = 0, limit, within }: ApiArgs<'listIds'>): Promise<number[]> => {
      const search = searchOf(view);
      if (search) {
        const { ids } = await ranked(search);
        const range = ids.slice(offset, limit === undefined ? undefined : offset + limit);
        if (!within) return range;
        const wanted = new Set(within);
        return range.filter((id) => wanted.has(id));
      }
      if (within) return idsInView(db, plainView(view), within);
      return viewIds(db, plainView(view), offset, limit);
    },
    libraryVersion: () => libraryVersion(db),
    /** A refresh's reads in one call, in the order a refresh needs them (the version first). */
    windowState: async ({ within, listOnly, ...request }: ApiArgs<'windowState'>): Promise<WindowState> => {
      const version = libraryVersion(db);
      const window = await handlers.listWindow(request);
      const held = within && within.length > 0 ? await handlers.listIds({ view: request.view, within }) : [];
      return {
        version,
        window,
        held,
        counts: listOnly ? null : countQueues(db),
        tags: listOnly ? null : listTags(db),
      };
    },
    undoOperation: ({ id }: ApiArgs<'undoOperation'>) => ({ label: undoOperation(db, id) }),
  };
  return handlers;
}
