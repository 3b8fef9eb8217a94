import { callApi } from '../api';
import { useLibraryStore } from './libraryStore';
import { useToastStore } from './toastStore';

function fail(error: unknown): void {
  useToastStore.getState().show(error instanceof Error ? error.message : String(error));
}

/**
 * Every change the person makes goes through here: run it, refresh what the window
 * shows, and offer to undo it in a toast named after the change.
 */
export async function applyChange(change: () => Promise<unknown>): Promise<boolean> {
  try {
    await change();
  } catch (error) {
    fail(error);
    return false;
  }
  await useLibraryStore.getState().refresh();
  const { undoLabel } = await callApi('undoState', {});
  if (undoLabel)
    useToastStore.getState().show(`${undoLabel}.`, { label: 'Undo', run: () => void undoLast() });
  return true;
}

export async function undoLast(): Promise<void> {
  try {
    const { label } = await callApi('undo', {});
    await useLibraryStore.getState().refresh();
    useToastStore.getState().show(`Undid: ${label}.`, { label: 'Redo', run: () => void redoLast() });
  } catch (error) {
    fail(error);
  }
}

export async function redoLast(): Promise<void> {
  try {
    const { label } = await callApi('redo', {});
    await useLibraryStore.getState().refresh();
    useToastStore.getState().show(`Redid: ${label}.`, { label: 'Undo', run: () => void undoLast() });
  } catch (error) {
    fail(error);
  }
}
