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

async function step(direction: 'undo' | 'redo'): Promise<void> {
  try {
    const { label } = await callApi(direction, {});
    await useLibraryStore.getState().refresh();
    const [done, offer] = direction === 'undo' ? (['Undid', 'Redo'] as const) : (['Redid', 'Undo'] as const);
    useToastStore.getState().show(`${done}: ${label}.`, {
      label: offer,
      run: () => void step(direction === 'undo' ? 'redo' : 'undo'),
    });
  } catch (error) {
    fail(error);
  }
}

export const undoLast = () => step('undo');
export const redoLast = () => step('redo');
