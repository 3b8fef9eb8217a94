import type { ApiArgs, ApiMethod, ApiResult } from '../../preload/api';
import { countQueues, getPaper, listPaperSummaries } from '../db/paperQueries';
import type { LibraryDb } from '../db/openLibrary';
import { commitImport, previewImport } from '../library/importText';
import { ShelfmarkError } from './errors';

export type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResult<M> };

/** One handler per contract method, over one open library; Electron IPC and the HTTP bridge share it. */
export function createHandlers(db: LibraryDb): Handlers {
  return {
    listPapers: (args) => listPaperSummaries(db, args),
    getPaper: ({ id }) => {
      const paper = getPaper(db, id);
      if (!paper) throw new ShelfmarkError('not_found', `There is no paper with id ${id}.`);
      return paper;
    },
    queueCounts: () => countQueues(db),
    previewImport: ({ text }) => previewImport(db, text),
    commitImport: ({ text, sourceName }) => commitImport(db, text, { sourceName: sourceName ?? null }),
  };
}
