import type {
  ExportFormat,
  ExportProgress,
  ExportSelection,
  Paper,
  PaperEdit,
  PaperStatus,
  QueueCounts,
  RekeyChange,
  TagRenamePreview,
  TaggingResult,
} from '../../../preload/api';
import { trackNoteSave } from './pendingNoteSaves';
import { COPY_LIMIT } from '../../../preload/api';
import { callApi, isDesktop } from '../api';
import { errorMessage } from '../errorMessage';
import { plural } from '../plural';
import { alreadyTaggedMessage } from '../tags/tagMessages';
import { doneMessage, stepMessage } from '../toastWording';
import { useIdentifierImportStore } from './identifierImportStore';
import { useImportStore } from './importStore';
import { useImportProgressStore } from './importProgressStore';
import { useLibraryStore } from './libraryStore';
import { FIRST_WINDOW, askFirstWindowEarly } from './library/firstWindow';
import { whileChanging } from './library/listSlice';
import type { RefreshOptions } from './library/types';
import { reportError } from './reportError';
import { selectListView } from './selectors';
import { useExportDialogStore } from './exportDialogStore';
import { useToastStore, type ToastAction } from './toastStore';
import { useUiStore } from './uiStore';

/**
 * Every change the window makes, by name. Components call these and never the API: each
 * one calls the core, refreshes what the window shows, names the change in a toast with
 * Undo, and reports a failure once. Each resolves to whether the change landed.
 */

const toast = (message: string, action?: { label: string; run: () => void }) =>
  useToastStore.getState().show(message, action);

/** Refreshes the window and names the change just made, offering to undo it. */
async function showChange(refresh?: RefreshOptions): Promise<void> {
  await useLibraryStore.getState().refresh(refresh);
  offerUndo();
}

/**
 * Names the newest change (read with the refresh) with an Undo that takes back that change
 * only: when another window or process changed the library after it, the core refuses and
 * says so, rather than undoing their change unannounced.
 */
export function offerUndo(): void {
  const newest = useLibraryStore.getState().version?.undo;
  if (newest) toast(doneMessage(newest.label), { label: 'Undo', run: () => void undoChange(newest.id) });
}

/** The same guarded Undo, for a toast that words the change itself (a lookup's summary). */
export function undoNewestChange(): ToastAction | undefined {
  const newest = useLibraryStore.getState().version?.undo;
  return newest ? { label: 'Undo', run: () => void undoChange(newest.id) } : undefined;
}

async function change(run: () => Promise<unknown>, refresh?: RefreshOptions): Promise<boolean> {
  return whileChanging(async () => {
    try {
      await run();
    } catch (error) {
      reportError(error);
      return false;
    }
    await showChange(refresh);
    return true;
  });
}

/** Triage: the papers move, and a cursor on one of them moves on to where the person was reading. */
export const moveToQueue = (ids: number[], status: PaperStatus) =>
  change(
    async () => useLibraryStore.getState().showCounts((await callApi('setStatus', { ids, status })).counts),
    { passing: ids },
  );

export const readNext = (id: number) =>
  change(() => callApi('moveInQueue', { id, placement: { to: 'top' } }));

export const readLast = (id: number) =>
  change(() => callApi('moveInQueue', { id, placement: { to: 'bottom' } }));

/** Drag and drop in Unread's "up next" order. */
export const reorder = (id: number, placement: { before: number } | { after: number }) =>
  change(() => callApi('moveInQueue', { id, placement }));

export const deletePapers = (ids: number[]) => change(() => callApi('deletePapers', { ids }));

export const setCitekey = (id: number, citekey: string) =>
  change(() => callApi('setCitekey', { id, citekey }));

/** One edit of the record (a field, the type, the creators...), one undoable change. */
export const editPaper = (id: number, edit: PaperEdit) => change(() => callApi('editPaper', { id, edit }));

/**
 * A paper typed by hand lands at the end of Unread, which the window then shows with the paper
 * open. Its dialog is modal and shows a refusal itself: this resolves to the message, or null.
 */
export async function addPaper(title: string, edit: PaperEdit = {}): Promise<{ error: string | null }> {
  let added: Paper;
  try {
    added = await callApi('addPaper', { title, edit });
  } catch (error) {
    return { error: errorMessage(error) };
  }
  // Unread, with the new paper under the cursor: the list opens around it, wherever it is.
  useLibraryStore.setState({
    tag: null,
    query: '',
    search: null,
    cursorId: added.id,
    selectedIds: [added.id],
  });
  await useLibraryStore.getState().setQueue('unread');
  offerUndo();
  return { error: null };
}

/**
 * The keys the papers would get now (every provisional key without ids); changes nothing. The
 * bulk dialog is modal and shows a refusal itself: this resolves to the changes or the message.
 */
export async function previewRekey(
  ids?: number[],
): Promise<{ changes: RekeyChange[]; error: null } | { changes: null; error: string }> {
  try {
    return { changes: await callApi('previewRekey', ids ? { ids } : {}), error: null };
  } catch (error) {
    return { changes: null, error: errorMessage(error) };
  }
}

/** Gives the papers the keys previewRekey showed, as one undoable change. */
export const applyRekey = (ids?: number[]) => change(() => callApi('applyRekey', ids ? { ids } : {}));

/** When the papers already carry the tag, nothing changed: say so instead of naming an older change. */
export async function tagPapers(ids: number[], name: string): Promise<boolean> {
  let result: TaggingResult | undefined;
  const done = await change(async () => {
    result = await callApi('addTags', { ids, names: [name] });
  });
  const unchanged = done && result ? alreadyTaggedMessage(result, ids.length) : null;
  if (unchanged) toast(unchanged);
  return done;
}

export const untagPapers = (ids: number[], name: string) =>
  change(() => callApi('removeTags', { ids, names: [name] }));

const isFilteredBy = (name: string) => useLibraryStore.getState().tag?.toLowerCase() === name.toLowerCase();

/** What a rename would do: a rename onto another tag's name merges the two, which is asked first. */
export async function previewTagRename(from: string, to: string): Promise<TagRenamePreview | null> {
  try {
    return await callApi('previewTagRename', { from, to });
  } catch (error) {
    reportError(error);
    return null;
  }
}

/** A list filtered by the tag follows it to its new name. */
export async function renameTag(from: string, to: string, merge = false): Promise<boolean> {
  const following = isFilteredBy(from);
  if (!(await change(() => callApi('renameTag', { from, to, merge })))) return false;
  if (following) await useLibraryStore.getState().setTag(to.trim());
  return true;
}

export const recolorTag = (name: string, color: string | null) =>
  change(() => callApi('setTagColor', { name, color }));

/** A list filtered by the tag goes back to all its papers. */
export async function deleteTag(name: string): Promise<boolean> {
  const following = isFilteredBy(name);
  if (!(await change(() => callApi('deleteTag', { name })))) return false;
  if (following) await useLibraryStore.getState().setTag(null);
  return true;
}

/** Creates a note (anchored to a quote of the abstract when given) and opens its editor. */
export async function createNote(paperId: number, quote?: string): Promise<boolean> {
  let created: number | null = null;
  const done = await change(async () => {
    created = (await callApi('addNote', quote ? { paperId, body: '', quote } : { paperId, body: '' })).id;
  });
  if (created !== null) useUiStore.getState().editNote(created);
  return done;
}

/** Autosave, as the person types: no refresh and no toast; the edits become one undo step. */
export async function saveNote(id: number, body: string): Promise<boolean> {
  try {
    await trackNoteSave(callApi('updateNote', { id, body }));
    return true;
  } catch (error) {
    reportError(error, 'Note not saved');
    return false;
  }
}

/** The editor closed: show the note as saved, and offer to undo the edits when there were any. */
export async function finishNote(edited: boolean): Promise<void> {
  if (edited) await showChange();
  else await useLibraryStore.getState().loadCurrent();
}

export const deleteNote = (id: number) => change(() => callApi('deleteNote', { id }));

/** The refresh's read goes out first; the dialog closes (a large preview takes a while to remove) meanwhile. */
async function closeAfterImport(): Promise<void> {
  const shown = showChange();
  useImportStore.getState().close();
  await shown;
}

/** Imports what the Import dialog holds. A failure stays in the dialog, with the text: nothing is lost. */
export async function importPapers(): Promise<boolean> {
  const dialog = useImportStore.getState();
  dialog.startImport();
  let counts: QueueCounts;
  try {
    ({ counts } = await callApi('commitImport', dialog.request()));
  } catch (error) {
    useImportStore.getState().failImport(errorMessage(error));
    return false;
  }
  // The sidebar counts the new papers at once; the list's rows follow with the refresh.
  useLibraryStore.getState().showCounts(counts);
  await closeAfterImport();
  return true;
}

async function step(direction: 'undo' | 'redo', operation?: number): Promise<boolean> {
  try {
    const { label } = await (operation === undefined
      ? callApi(direction, {})
      : callApi('undoOperation', { id: operation }));
    await useLibraryStore.getState().refresh();
    const offer = direction === 'undo' ? 'redo' : 'undo';
    toast(stepMessage(direction, label), {
      label: offer === 'undo' ? 'Undo' : 'Redo',
      run: () => void step(offer),
    });
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

export const undo = () => step('undo');
/** The toast's Undo: that change, and only while it is the newest. */
const undoChange = (operation: number) => step('undo', operation);
export const redo = () => step('redo');

const POLL_MS = 200;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a running export is followed: its progress as it goes, and a way to stop it. */
export interface ExportWatch {
  onStart?: (cancel: () => void) => void;
  onProgress?: (progress: ExportProgress) => void;
}

/** Asks for the export's progress until it has ended (or, in the desktop app, until main's save returns). */
async function follow(ticket: string, watch: ExportWatch, until?: Promise<unknown>): Promise<ExportProgress> {
  let settled = false;
  const settle = () => (settled = true);
  void until?.then(settle, settle);
  for (;;) {
    const progress = await callApi('exportProgress', { ticket });
    watch.onProgress?.(progress);
    if (['done', 'failed', 'cancelled'].includes(progress.state) || settled) return progress;
    await Promise.race([wait(POLL_MS), until]);
  }
}

/**
 * Saves an export as a stream, whatever its size: main writes it to the file the person picks in
 * the desktop app; in a browser it downloads from the bridge as it is written. The dialog is
 * modal, so it shows a failure itself: this resolves to the message, or null.
 */
export async function exportPapers(
  format: ExportFormat,
  selection: ExportSelection,
  watch: ExportWatch = {},
): Promise<{ saved: boolean; error: string | null }> {
  try {
    const { ticket, filename, total } = await callApi('startExport', { format, selection });
    watch.onStart?.(() => void callApi('cancelExport', { ticket }).catch(reportError));
    if (isDesktop()) {
      const saving = callApi('saveStartedExport', { ticket });
      await follow(ticket, watch, saving).catch(() => null);
      const { path, count } = await saving;
      if (path) toast(`Saved ${plural(count, 'paper')} to ${path}`);
      return { saved: path !== null, error: null };
    }
    const anchor = document.createElement('a');
    anchor.href = `export/${ticket}`;
    anchor.download = filename;
    anchor.click();
    const { state, error } = await follow(ticket, watch);
    if (state === 'done') toast(`Exported ${plural(total, 'paper')}`);
    return { saved: state === 'done', error: state === 'failed' ? error : null };
  } catch (error) {
    return { saved: false, error: errorMessage(error) };
  }
}

/**
 * Copies the papers' BibTeX, up to COPY_LIMIT of them: a larger copy is nothing a person wants
 * on the clipboard at once, so it is refused with the export dialog, on these papers, offered instead.
 */
export async function copyBibtex(ids: number[]): Promise<boolean> {
  if (ids.length > COPY_LIMIT) {
    useToastStore
      .getState()
      .show(
        `Copy BibTeX takes up to ${COPY_LIMIT.toLocaleString()} papers; ${ids.length.toLocaleString()} are selected. Export them to a file instead.`,
        { label: 'Export…', run: () => useExportDialogStore.getState().show('selected') },
      );
    return false;
  }
  try {
    const file = await callApi('exportPapers', { format: 'bibtex', selection: { ids } });
    await navigator.clipboard.writeText(file.content);
    toast(`Copied BibTeX for ${plural(file.count, 'paper')}`);
    return true;
  } catch (error) {
    reportError(error, 'Could not copy');
    return false;
  }
}

// Damaged library
/** Puts a backup back in place of a library found damaged; resolves to null once it is open, else why not. */
export async function restoreBackup(name: string): Promise<string | null> {
  try {
    const { backup, keptAs } = await callApi('restoreBackup', { name });
    const kept = keptAs ? ` The damaged file is kept as ${keptAs}.` : '';
    toast(`Restored the backup from ${new Date(backup.takenAt).toLocaleString()}.${kept}`);
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}

// Import progress
/** Asks how far the running import is; a failure here is not the import's (its own result says). */
export async function refreshImportProgress(): Promise<void> {
  try {
    useImportProgressStore.getState().setProgress(await callApi('importProgress', {}));
  } catch {
    useImportProgressStore.getState().reset();
  }
}

/** Stops the running import; it rolls back, and the dialog says nothing was imported. */
export async function cancelImport(): Promise<void> {
  useImportProgressStore.getState().setCancelling();
  try {
    await callApi('cancelImport', {});
  } catch (error) {
    reportError(error, 'Could not cancel the import');
  }
}

export const resetImportProgress = () => useImportProgressStore.getState().reset();
/** Adds what the identifier preview showed as new, as one undoable import. */
export async function importIdentifiers(): Promise<boolean> {
  const identifiers = useIdentifierImportStore.getState();
  const { placement, status } = useImportStore.getState();
  identifiers.startImport();
  try {
    await callApi('commitIdentifierImport', { text: identifiers.text, placement, status });
  } catch (error) {
    useIdentifierImportStore.getState().failImport(errorMessage(error));
    return false;
  }
  await closeAfterImport();
  return true;
}

// Cold start
/** Asks for the rows the list's first refresh will show, beside the page's token check; resolves once they are in. */
export function askForFirstRows(): Promise<void> {
  const state = useLibraryStore.getState();
  return askFirstWindowEarly({ view: selectListView(state), offset: 0, limit: FIRST_WINDOW });
}

/**
 * The list's first refresh, which takes the rows asked for early: resolves once they are in the
 * store (not after the open paper's details, which the refresh reads next), so the library is
 * drawn with its rows rather than empty first.
 */
export function loadFirstRows(): Promise<void> {
  const refreshing = useLibraryStore.getState().refresh();
  return new Promise<void>((resolve) => {
    const stop = useLibraryStore.subscribe((state) => {
      if (!state.loaded) return;
      stop();
      resolve();
    });
    // A failed refresh has said so itself; the window is shown either way.
    void refreshing
      .catch(() => undefined)
      .finally(() => {
        stop();
        resolve();
      });
  });
}
