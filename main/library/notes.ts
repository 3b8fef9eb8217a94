import type { Note } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { requirePapers } from './paperRefs';
import { ShelfmarkError } from './ShelfmarkError';
import { recordOperation } from './undo';

function requireNote(db: LibraryDb, id: number): Note & { paperId: number } {
  const note = db.prepare('SELECT id, paper_id AS paperId, body, quote FROM notes WHERE id = ?').get(id) as
    (Note & { paperId: number }) | undefined;
  if (!note) throw new ShelfmarkError('not_found', `There is no note with id ${id}.`);
  return note;
}

/** A note may quote a span of the abstract; the span must really be there, so it can be highlighted. */
export function addNote(
  db: LibraryDb,
  paperId: number,
  body: string,
  quote: string | null = null,
  now = new Date(),
): Note {
  const anchor = quote?.trim() || null;
  return recordOperation(db, anchor ? 'Add note on selection' : 'Add note', () => {
    requirePapers(db, [paperId]);
    if (anchor) {
      const abstract = db.prepare('SELECT abstract FROM papers WHERE id = ?').pluck().get(paperId) as
        string | null;
      if (!abstract?.includes(anchor)) {
        throw new ShelfmarkError('invalid_argument', "The quoted text is not in this paper's abstract.");
      }
    }
    const stamp = now.toISOString();
    const id = Number(
      db
        .prepare('INSERT INTO notes (paper_id, body, quote, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(paperId, body, anchor, stamp, stamp).lastInsertRowid,
    );
    return { id, body, quote: anchor };
  });
}

/** Autosave calls this as the person types; edits to one note in quick succession are one undo step. */
export function updateNote(db: LibraryDb, id: number, body: string, now = new Date()): Note {
  return recordOperation(
    db,
    'Edit note',
    () => {
      const note = requireNote(db, id);
      if (note.body !== body) {
        db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, now.toISOString(), id);
      }
      return { id, body, quote: note.quote };
    },
    { coalesceKey: `note:${id}`, now },
  );
}

export function deleteNote(db: LibraryDb, id: number): void {
  recordOperation(db, 'Delete note', () => {
    requireNote(db, id);
    db.prepare('DELETE FROM notes WHERE id = ?').run(id);
  });
}
