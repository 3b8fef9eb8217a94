import type { ApiArgs, ApiMethod, ApiResult } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { countQueues, getPaper, listPaperSummaries, summariesByIds } from '../db/paperQueries';
import { renderExport } from '../export/renderExport';
import { deletePapers } from '../library/deletePapers';
import { addPaper, editPaper } from '../library/editPaper';
import { commitImport, previewImport } from '../library/importText';
import { addNote, deleteNote, updateNote } from '../library/notes';
import { moveInQueue, setStatus } from '../library/queues';
import { selectPapers } from '../library/selectPapers';
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
import { SearchService, type SearchRequest } from '../search/SearchService';
import { createListWindowHandlers } from './listWindowHandlers';

export type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

/** The search engine, in this thread (CLI, tests) or in a worker (the app and serve). */
export interface SearchBackend {
  search(request: SearchRequest): SearchResult | Promise<SearchResult>;
  highlight(id: number, query: string): PaperHighlights | Promise<PaperHighlights>;
}

/** What only the desktop shell can do: ask where to save, with main's own dialog. */
export interface ShellServices {
  /** Writes the content where the person chooses; null when they cancel. */
  saveFile(defaultName: string, content: string): Promise<string | null>;
}

/** One handler per contract method, over one open library; Electron IPC and the HTTP bridge share it. */
export function createHandlers(
  db: LibraryDb,
  searchBackend: SearchBackend = new SearchService(db),
  shell: ShellServices | null = null,
): Handlers {
  const exportFile = async ({ format, selection }: ApiArgs<'exportPapers'>) =>
    renderExport(
      format,
      await selectPapers(db, selection, (request) => searchBackend.search(request)),
      listTags(db),
      new Date(),
      selection,
    );
  return {
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
    previewImport: ({ text, format }) => previewImport(db, text, format ?? 'auto'),
    commitImport: ({ text, format, sourceName, placement, status, keywordTags }) =>
      commitImport(db, text, {
        ...(status ? { status } : {}),
        ...(keywordTags === undefined ? {} : { keywordTags }),
        sourceName: sourceName ?? null,
        placement: placement ?? 'bottom',
        format: format ?? 'auto',
      }),

    exportPapers: exportFile,
    saveExport: async (request) => {
      if (!shell) {
        throw new ShelfmarkError(
          'not_available',
          'Saving to a file is done by the desktop app; here the export downloads.',
        );
      }
      const file = await exportFile(request);
      return { path: await shell.saveFile(file.filename, file.content), count: file.count };
    },
    setCitekey: ({ id, citekey }) => {
      setCitekey(db, id, citekey);
      return null;
    },
    editPaper: ({ id, edit }) => editPaper(db, id, edit),
    addPaper: ({ title, edit }) => addPaper(db, title, edit),
    previewRekey: ({ ids }) => previewRekey(db, ids),
    applyRekey: ({ ids }) => applyRekey(db, ids),

    setStatus: ({ ids, status }) => ({ moved: setStatus(db, ids, status) }),
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
    // List window
    ...createListWindowHandlers(db, searchBackend),
  };
}
