import type { ApiMethod } from '../../preload/api';
import type { ImportRunner } from '../library/ImportRunner';
import type { Handlers } from './handlers';

/**
 * Whether each method writes on main's connection. Every method is named, so a new one must be
 * placed: a read left waiting would freeze the list (scrolling, the poll for changes) during a big
 * import. The import's own methods and exports (which only read) run at once.
 */
const WRITES_ON_MAIN: Record<ApiMethod, boolean> = {
  listPapers: false,
  getPaper: false,
  search: false,
  highlightPaper: false,
  queueCounts: false,
  previewImport: false,
  commitImport: false,
  exportPapers: false,
  saveExport: false,
  setCitekey: true,
  editPaper: true,
  addPaper: true,
  previewRekey: false,
  applyRekey: true,
  setStatus: true,
  moveInQueue: true,
  deletePapers: true,
  listTags: false,
  addTags: true,
  removeTags: true,
  previewTagRename: false,
  renameTag: true,
  deleteTag: true,
  setTagColor: true,
  addNote: true,
  updateNote: true,
  deleteNote: true,
  undo: true,
  redo: true,
  undoState: false,
  damagedLibrary: false,
  restoreBackup: true,
  startLookup: true,
  listMissingDetails: false,
  lookupProgress: false,
  cancelLookup: false,
  listLookupReviews: false,
  acceptLookupReview: true,
  rejectLookupReview: true,
  getLookupSettings: false,
  setLookupSettings: true,
  importProgress: false,
  cancelImport: false,
  startExport: false,
  exportProgress: false,
  cancelExport: false,
  saveStartedExport: false,
  readIdentifiers: false,
  previewIdentifierImport: false,
  commitIdentifierImport: true,
  listWindow: false,
  listIds: false,
  libraryVersion: false,
  undoOperation: true,
  publishedVersion: false,
  usePublishedVersion: true,
  runningLookup: false,
  windowState: false,
};

/**
 * An import writes from its worker in one transaction. A tag or note written meanwhile on main's
 * connection would wait for that lock inside SQLite, blocking main (and fail after the busy
 * timeout); here it waits for the import without blocking anything, then runs.
 */
export function waitForImports(imports: Pick<ImportRunner, 'idle'>, handlers: Handlers): Handlers {
  const gated = { ...handlers } as Record<ApiMethod, (args: never) => unknown>;
  for (const method of Object.keys(handlers) as ApiMethod[]) {
    if (!WRITES_ON_MAIN[method]) continue;
    const handler = handlers[method] as (args: never) => unknown;
    gated[method] = async (args: never) => {
      await imports.idle();
      return handler(args);
    };
  }
  return gated as Handlers;
}
