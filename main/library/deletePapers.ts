import type { LibraryDb } from '../db/openLibrary';
import { plural, requirePapers } from './paperRefs';
import { recordOperation } from './undo';

/** Deletes papers with their tags links and notes; undo brings all of it back. */
export function deletePapers(db: LibraryDb, ids: readonly number[]): number {
  return recordOperation(db, `Delete ${plural(ids.length, 'paper')}`, () => {
    const papers = requirePapers(db, ids);
    const remove = db.prepare('DELETE FROM papers WHERE id = ?');
    for (const id of papers) remove.run(id);
    return papers.length;
  });
}
