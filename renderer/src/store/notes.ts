import { callApi } from '../api';
import { applyChange } from './changes';
import { useUiStore } from './uiStore';

/** Creates a note (anchored to a quote of the abstract when given) and opens its editor. */
export async function createNote(paperId: number, quote?: string): Promise<void> {
  let created: number | null = null;
  await applyChange(async () => {
    const note = await callApi('addNote', quote ? { paperId, body: '', quote } : { paperId, body: '' });
    created = note.id;
  });
  if (created !== null) useUiStore.getState().editNote(created);
}
