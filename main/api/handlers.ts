import { COPY_LIMIT, type ApiArgs, type ApiMethod, type ApiResult } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { countQueues, getPaper, listPaperSummaries, summariesByIds } from '../db/paperQueries';
import { deletePapers } from '../library/deletePapers';
import { addPaper, editPaper } from '../library/editPaper';
import { ImportRunner } from '../library/ImportRunner';
import { identifierHandlers } from './identifierHandlers';
import { addNote, deleteNote, updateNote } from '../library/notes';
import { moveInQueue, setStatus } from '../library/queues';
import type { SearchIds } from '../library/selectionIds';
import { setCitekey } from '../library/setCitekey';
import { ShelfmarkError } from '../library/ShelfmarkError';
import {
  addTags,
  deleteTag,
  listTags,
  previewTagRename,
  removeTags,
  renameTag,
  setTagColor,
} from '../library/tags';
import { applyRekey, previewRekey } from '../library/rekey';
import { redo, undo, undoState } from '../library/undo';
import type { PaperHighlights, SearchResult } from '../search/SearchIndex';
import { SearchService, type RankedIds, type SearchRequest } from '../search/SearchService';
import { createLookupHandlers, type LookupWiring } from './lookupHandlers';
import { waitForImports } from './waitForImports';
import { ExportJobs } from './exportJobs';
import { createListWindowHandlers } from './listWindowHandlers';
import { createPublishedHandlers } from './publishedHandlers';

export type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

/** The search engine, in this thread (CLI, tests) or in a worker (the app and serve). */
export interface SearchBackend {
  search(request: SearchRequest): SearchResult | Promise<SearchResult>;
  highlight(id: number, query: string): PaperHighlights | Promise<PaperHighlights>;
  /** Every match as ids only, for exports (SearchService, SearchClient); without it, taken from search. */
  searchIds?(request: SearchRequest): ArrayLike<number> | Promise<ArrayLike<number>>;
  /** The list window's search: ranked ids and what to mark (SearchService, SearchClient). */
  rank(request: SearchRequest): RankedIds | Promise<RankedIds>;
}

/** What only the desktop shell can do: ask where to save, with main's own dialog. */
export interface ShellServices {
  /** Writes the content, whole or in chunks, where the person chooses; null when they cancel. */
  saveFile(defaultName: string, content: string | AsyncIterable<string>): Promise<string | null>;
}

/** What a window's handlers run over besides the library; each part has a default for the CLI and tests. */
export interface HandlerServices {
  search?: SearchBackend;
  shell?: ShellServices | null;
  lookup?: LookupWiring;
  imports?: ImportRunner;
  /** Shared with the HTTP bridge, which streams a started export's download. */
  exportJobs?: ExportJobs;
}

/** One handler per contract method, over one open library; Electron IPC and the HTTP bridge share it. */
export function createHandlers(db: LibraryDb, services: HandlerServices = {}): Handlers {
  const searchBackend = services.search ?? new SearchService(db);
  const shell = services.shell ?? null;
  const lookup = services.lookup ?? {};
  const imports = services.imports ?? new ImportRunner(db);
  const search = exportSearch(searchBackend);
  const exportJobs = services.exportJobs ?? new ExportJobs(db, search);
  const requireShell = (): ShellServices => {
    if (shell) return shell;
    throw new ShelfmarkError(
      'not_available',
      'Saving to a file is done by the desktop app; here the export downloads.',
    );
  };
  /** Main's dialog, then the chunks written as they come; a cancelled dialog cancels the export. */
  const saveJob = async (ticket: string) => {
    const desktop = requireShell();
    const job = exportJobs.take(ticket);
    if (!job) throw new ShelfmarkError('not_found', 'That export was already saved or has expired.', null);
    const path = await exportJobs.pipe(job, (chunks) => desktop.saveFile(job.stream.filename, chunks));
    return { path, count: job.stream.total };
  };
  // Writes on main's connection wait for a running import instead of blocking main on its lock.
  return waitForImports(imports, {
    listPapers: (filter) => listPaperSummaries(db, filter),
    getPaper: ({ id }) => {
      const paper = getPaper(db, id);
      if (!paper) throw new ShelfmarkError('not_found', `There is no paper with id ${id}.`);
      return paper;
    },
    search: async (request) => {
      const result = await searchBackend.search(request);
      const summaries = summariesByIds(
        db,
        result.hits.map((hit) => hit.id),
      );
      const ranges = new Map(result.hits.map((hit) => [hit.id, hit.titleRanges]));
      return {
        hits: summaries.map((paper) => ({ paper, titleRanges: ranges.get(paper.id) ?? [] })),
        total: result.total,
        totalIsExact: result.totalIsExact,
        problems: result.problems,
      };
    },
    highlightPaper: ({ id, query }) => searchBackend.highlight(id, query),
    queueCounts: () => countQueues(db),
    // Import, export and lookup modules load at their first use, not at start (see serve.ts).
    // A preview comes before an import: its worker starts meanwhile (see ImportRunner.prepare).
    previewImport: async ({ text, format, html }) => {
      imports.prepare({ text, format: format ?? 'auto', html });
      return (await import('../library/importText.js')).previewImport(db, text, format ?? 'auto', html);
    },
    // With the counts after it, as setStatus: the sidebar shows the new papers without another read.
    commitImport: async ({ text, format, sourceName, placement, status, keywordTags, html }) => ({
      ...(await imports.run(text, {
        ...(status ? { status } : {}),
        ...(html === undefined ? {} : { html }),
        ...(keywordTags === undefined ? {} : { keywordTags }),
        sourceName: sourceName ?? null,
        placement: placement ?? 'bottom',
        format: format ?? 'auto',
      })),
      counts: countQueues(db),
    }),

    exportPapers: async ({ format, selection }) => {
      const { collectExport, exportStream } = await import('../library/exportStream.js');
      const stream = await exportStream(db, format, selection, search);
      if (stream.total > COPY_LIMIT) {
        await stream.chunks.return(undefined);
        throw new ShelfmarkError('invalid_argument', copyTooLarge(stream.total));
      }
      const content = await collectExport(stream);
      return { filename: stream.filename, mimeType: stream.mimeType, content, count: stream.total };
    },
    saveExport: async ({ format, selection }) => {
      requireShell();
      return saveJob((await exportJobs.start(format, selection)).ticket);
    },
    setCitekey: ({ id, citekey }) => {
      setCitekey(db, id, citekey);
      return null;
    },
    editPaper: ({ id, edit }) => editPaper(db, id, edit),
    addPaper: ({ title, edit }) => addPaper(db, title, edit),
    previewRekey: ({ ids }) => previewRekey(db, ids),
    applyRekey: ({ ids }) => applyRekey(db, ids),

    setStatus: ({ ids, status }) => ({ moved: setStatus(db, ids, status), counts: countQueues(db) }),
    moveInQueue: ({ id, placement }) => {
      moveInQueue(db, id, placement);
      return null;
    },
    deletePapers: ({ ids }) => ({ deleted: deletePapers(db, ids) }),

    listTags: () => listTags(db),
    addTags: ({ ids, names }) => addTags(db, ids, names),
    removeTags: ({ ids, names }) => {
      removeTags(db, ids, names);
      return null;
    },
    previewTagRename: ({ from, to }) => previewTagRename(db, from, to),
    renameTag: ({ from, to, merge }) => renameTag(db, from, to, { merge: merge ?? false }),
    deleteTag: ({ name }) => ({ papers: deleteTag(db, name) }),
    setTagColor: ({ name, color }) => {
      setTagColor(db, name, color);
      return null;
    },

    addNote: ({ paperId, body, quote }) => addNote(db, paperId, body, quote ?? null),
    updateNote: ({ id, body }) => updateNote(db, id, body),
    deleteNote: ({ id }) => {
      deleteNote(db, id);
      return null;
    },

    undo: () => ({ label: undo(db) }),
    redo: () => ({ label: redo(db) }),
    undoState: () => undoState(db),

    // Damaged library: an open library is not damaged; its backups are restored with the CLI.
    damagedLibrary: () => null,
    restoreBackup: () => {
      throw new ShelfmarkError(
        'invalid_argument',
        'The library is open and not damaged. To go back to a backup, quit Shelfmark and run `shelfmark restore`.',
      );
    },

    // Lookup
    ...createLookupHandlers(db, lookup, undefined, () => imports.idle()),

    // Import progress
    importProgress: () => imports.progress(),
    cancelImport: () => ({ cancelled: imports.cancel() }),

    // Export stream
    startExport: async ({ format, selection }) => {
      const { ticket, stream } = await exportJobs.start(format, selection);
      return { ticket, filename: stream.filename, total: stream.total };
    },
    exportProgress: ({ ticket }) => exportJobs.progress(ticket),
    cancelExport: ({ ticket }) => {
      exportJobs.cancel(ticket);
      return null;
    },
    saveStartedExport: ({ ticket }) => saveJob(ticket),

    // Import by identifier
    ...identifierHandlers(db),

    // List window
    ...createListWindowHandlers(db, searchBackend),

    // Published version
    ...createPublishedHandlers(db, lookup),
  });
}

/** What an export asks of the search backend: ids only. */
export function exportSearch(backend: SearchBackend): SearchIds {
  return async (request) =>
    backend.searchIds
      ? backend.searchIds(request)
      : (await backend.search({ ...request, limit: Number.MAX_SAFE_INTEGER })).hits.map((hit) => hit.id);
}

/** Why a copy of this many papers is refused, and what to do instead. */
export function copyTooLarge(count: number): string {
  return `Copy BibTeX takes up to ${COPY_LIMIT.toLocaleString('en')} papers; these are ${count.toLocaleString('en')}. Use Export to save them to a file.`;
}
