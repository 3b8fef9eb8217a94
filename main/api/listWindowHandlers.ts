import type { ApiArgs, ListView, ListWindow, TextRange, WindowState } from '../../preload/api';
import { idsInView, positionInView, countView, viewIds } from '../db/listWindow';
import { libraryVersion } from '../db/libraryVersion';
import type { LibraryDb } from '../db/openLibrary';
import { countQueues, summariesByIds } from '../db/paperQueries';
import { listTags } from '../library/tags';
import { undoOperation } from '../library/undoOperation';
import { highlight } from '../search/highlight';
import { FIRST_RANKED, LIST_RESULTS } from '../search/listRanking';
import type { SearchBackend } from './handlers';

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
  /** Every result the list can scroll through is ranked; else only the first FIRST_RANKED. */
  complete: boolean;
  /** How many results the list can scroll through (ranked or not yet). */
  listed: number;
}

/**
 * The window asks for a search's rows by position: the ranked ids of the last few searches are
 * kept here, keyed by query, filters and library version (any change searches afresh). A new
 * query's first answer ranks only its first results; asking past them ranks the rest.
 */
function rankedSearches(db: LibraryDb, backend: SearchBackend) {
  const kept = new Map<string, RankedResult>();
  /** Keeps `result` as the newest of the kept searches, letting the oldest go. */
  const keep = (key: string, result: RankedResult) => {
    kept.delete(key);
    kept.set(key, result);
    for (const old of kept.keys()) if (kept.size > KEPT_SEARCHES) kept.delete(old);
  };
  async function rank(view: ListView & { query: string }, first: boolean): Promise<RankedResult> {
    const result = await backend.rank({
      query: view.query,
      status: view.status,
      tag: view.tag,
      limit: LIST_RESULTS,
      rankedFirst: first ? FIRST_RANKED : undefined,
    });
    const listed = result.partial ? result.ids.length : Math.min(result.total, LIST_RESULTS);
    return {
      ids: Array.from(result.ids),
      marks: { terms: new Set(result.marks.terms), phrases: result.marks.phrases },
      matched: result.total,
      matchedIsExact: result.totalIsExact,
      problems: result.problems,
      partial: result.partial,
      complete: result.ids.length >= listed,
      listed,
    };
  }
  /** `needed`: how many of the best results the caller reads (LIST_RESULTS: all of them). */
  return async (view: ListView & { query: string }, needed: number): Promise<RankedResult> => {
    const key = JSON.stringify([
      view.query,
      view.status ?? null,
      view.tag ?? null,
      libraryVersion(db).version,
    ]);
    const found = kept.get(key);
    if (found && (found.complete || found.ids.length >= needed)) {
      keep(key, found);
      return found;
    }
    const first = found === undefined && needed <= FIRST_RANKED;
    let ranked = await rank(view, first);
    // A count cut short at the first results (a phrase alone stops counting at the limit) says
    // nothing of the rest. (An interim answer's count is cut short on purpose: asked again, it is exact.)
    if (first && !ranked.partial && !ranked.matchedIsExact && ranked.matched < LIST_RESULTS)
      ranked = await rank(view, false);
    // A partial answer is asked again until the full index gives the real one.
    if (ranked.partial) return ranked;
    keep(key, ranked);
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
        const place = async (needed: number) => {
          const result = await ranked(search, needed);
          const at = around === undefined ? -1 : result.ids.indexOf(around);
          return {
            result,
            start: at >= 0 ? centredOn(at, limit) : offset,
            lost: around !== undefined && at < 0,
          };
        };
        let placed = await place(offset + limit);
        // The paper asked about, or the rows around it, may be past the first results ranked.
        const { complete, ids } = placed.result;
        if (!complete && (placed.lost || placed.start + limit > ids.length))
          placed = await place(LIST_RESULTS);
        const { result, start } = placed;
        const rows = summariesByIds(db, result.ids.slice(start, start + limit));
        const { terms, phrases } = result.marks;
        return {
          total: result.listed,
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
        if (within) {
          // The cursor and selection are most often among the first results ranked: only a paper
          // not found there asks for the rest (a change during a search then ranks once, not twice).
          const wanted = new Set(within);
          const first = await ranked(search, FIRST_RANKED);
          const found = first.ids.filter((id) => wanted.has(id));
          if (first.complete || found.length === wanted.size) return found;
          return (await ranked(search, LIST_RESULTS)).ids.filter((id) => wanted.has(id));
        }
        const { ids } = await ranked(search, LIST_RESULTS);
        return ids.slice(offset, limit === undefined ? undefined : offset + limit);
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
