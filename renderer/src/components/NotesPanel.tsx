import type { Paper } from '../../../preload/api';
import { createNote } from '../store/actions';
import { useUiStore } from '../store/uiStore';
import { NoteCard } from './NoteCard';

/** Notes on the open paper; a new one is created at once, then autosaved as the person types. */
export function NotesPanel({ paper }: { paper: Paper }) {
  const editingNoteId = useUiStore((state) => state.editingNoteId);

  return (
    <section className="notes" aria-label="Notes">
      <div className="section-header">
        <h2 className="detail-heading">Notes</h2>
        <button type="button" onClick={() => void createNote(paper.id)}>
          New note
        </button>
      </div>
      {paper.notes.length === 0 && (
        <p className="muted">No notes yet. Press n, or select a sentence of the abstract.</p>
      )}
      {paper.notes.map((note) => (
        <NoteCard key={note.id} note={note} editing={editingNoteId === note.id} />
      ))}
    </section>
  );
}
