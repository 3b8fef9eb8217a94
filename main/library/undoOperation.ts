import type { LibraryDb } from '../db/openLibrary';
import { ShelfmarkError } from './ShelfmarkError';
import { undo } from './undo';

/**
 * Undo from a toast that named one change: undoes it only while it is still the newest one. When
 * another window or process changed the library since, plain undo would take back their change
 * instead, unannounced; this refuses and says so.
 */
export function undoOperation(db: LibraryDb, id: number): string {
  return db
    .transaction(() => {
      const newest = db
        .prepare('SELECT id FROM operations WHERE undone = 0 ORDER BY id DESC LIMIT 1')
        .pluck()
        .get() as number | undefined;
      if (newest === id) return undo(db);
      const named = db.prepare('SELECT label, undone FROM operations WHERE id = ?').get(id) as
        { label: string; undone: number } | undefined;
      const what = named ? `“${named.label}”` : 'That change';
      if (named?.undone) throw new ShelfmarkError('nothing_to_undo', `${what} was already undone elsewhere.`);
      throw new ShelfmarkError(
        'nothing_to_undo',
        `The library was changed elsewhere after ${what} (in another window or from the command line), so it was not undone. Ctrl+Z undoes the newest change, whichever it is.`,
      );
    })
    .immediate();
}
