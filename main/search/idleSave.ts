import type { SearchService } from './SearchService';

/** The index is saved once searching pauses, so a save never delays a query being typed. */
export const SAVE_AFTER_IDLE_MS = 2000;

/** What the idle save needs of the search service. */
export type SavedIndex = Pick<SearchService, 'unsavedChanges' | 'origin' | 'save'>;

/**
 * The search worker's idle save: each call puts the save off until `SAVE_AFTER_IDLE_MS` pass
 * without another, and schedules none when the index has nothing the snapshot lacks.
 */
export function idleSaver(service: SavedIndex): () => void {
  let saveTimer: NodeJS.Timeout | null = null;
  return function saveWhenIdle(): void {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (service.unsavedChanges === 0 && service.origin !== 'built') return;
    saveTimer = setTimeout(() => {
      saveTimer = null;
      // A save catches up with the library first, which reads it; a failure must not end the
      // thread: the index stays in memory, and the next idle pause saves it again.
      try {
        service.save();
      } catch (error) {
        console.error(`The search index could not be saved: ${String(error)}`);
      }
    }, SAVE_AFTER_IDLE_MS);
    saveTimer.unref();
  };
}
