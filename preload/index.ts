import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod, IPC_CHANNEL, ShelfmarkBridge } from './api';

// The sandboxed preload can require nothing but 'electron', so the contract's runtime values are
// restated here; the types make any drift from api.ts a compile error.
const channel: typeof IPC_CHANNEL = 'shelfmark:call';
const methods = {
  listPapers: true,
  getPaper: true,
  search: true,
  highlightPaper: true,
  queueCounts: true,
  previewImport: true,
  commitImport: true,
  exportPapers: true,
  saveExport: true,
  setCitekey: true,
  editPaper: true,
  addPaper: true,
  previewRekey: true,
  applyRekey: true,
  setStatus: true,
  moveInQueue: true,
  deletePapers: true,
  listTags: true,
  addTags: true,
  removeTags: true,
  previewTagRename: true,
  renameTag: true,
  deleteTag: true,
  setTagColor: true,
  addNote: true,
  updateNote: true,
  deleteNote: true,
  undo: true,
  redo: true,
  undoState: true,

  // Damaged library
  damagedLibrary: true,
  restoreBackup: true,

  // Lookup
  startLookup: true,
  listMissingDetails: true,
  lookupProgress: true,
  cancelLookup: true,
  listLookupReviews: true,
  acceptLookupReview: true,
  rejectLookupReview: true,
  getLookupSettings: true,
  setLookupSettings: true,

  // Import progress
  importProgress: true,
  cancelImport: true,

  // Export stream
  startExport: true,
  exportProgress: true,
  cancelExport: true,
  saveStartedExport: true,

  // Import by identifier
  readIdentifiers: true,
  previewIdentifierImport: true,
  commitIdentifierImport: true,

  // List window
  listWindow: true,
  listIds: true,
  libraryVersion: true,
  undoOperation: true,

  // Published version
  publishedVersion: true,
  usePublishedVersion: true,

  // Running lookup
  runningLookup: true,

  // Window reads
  windowState: true,
} satisfies Record<ApiMethod, true>;

function call(method: ApiMethod) {
  return (args: unknown) => ipcRenderer.invoke(channel, method, args);
}

const bridge = Object.fromEntries(
  (Object.keys(methods) as ApiMethod[]).map((method) => [method, call(method)]),
) as ShelfmarkBridge;

contextBridge.exposeInMainWorld('shelfmark', bridge);
