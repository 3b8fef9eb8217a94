import { ShelfmarkError } from './ShelfmarkError';

/** How an import reports progress and learns it should stop; both are optional. */
export interface ImportControl {
  onProgress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

/** Papers written between two check-ins: often enough for a smooth bar, rare enough to cost nothing. */
export const PROGRESS_EVERY = 500;

export class ImportCancelledError extends ShelfmarkError {
  constructor() {
    super('nothing_to_import', 'The import was cancelled. Nothing was imported.', null);
    this.name = 'ImportCancelledError';
  }
}

/** Reports progress, and throws (rolling the import's transaction back) when asked to stop. */
export function checkIn(control: ImportControl | undefined, done: number, total: number): void {
  if (!control) return;
  if (control.cancelled?.()) throw new ImportCancelledError();
  control.onProgress?.(done, total);
}
