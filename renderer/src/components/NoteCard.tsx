import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../preload/api';
import { useAutosave } from '../hooks/useAutosave';
import { deleteNote, finishNote, saveNote } from '../store/actions';
import { useUiStore } from '../store/uiStore';
import { MatchedText } from './MatchedText';

/** The Markdown renderer (a third of the start's script) is its own chunk, fetched at the first note shown. */
const MarkdownNote = lazy(() =>
  import('./MarkdownNote').then((module) => ({ default: module.MarkdownNote })),
);

function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const [body, setBody] = useState(note.body);
  const flush = useAutosave(body, async (text) => {
    await saveNote(note.id, text);
  });

  async function finish() {
    await flush();
    // The autosaved edits are one undo step; offer it now that the person is done.
    await finishNote(body !== note.body);
    onDone();
  }

  return (
    <div className="note-editor">
      <textarea
        aria-label="Note text"
        value={body}
        autoFocus
        placeholder="Write a note in Markdown…"
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') void finish();
        }}
      />
      <button type="button" onClick={() => void finish()}>
        Done
      </button>
    </div>
  );
}

export function NoteCard({ note, editing }: { note: Note; editing: boolean }) {
  const editNote = useUiStore((state) => state.editNote);
  const focused = useUiStore((state) => state.focusedNoteId === note.id);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  return (
    <article ref={ref} className={focused ? 'note focused' : 'note'} data-note-id={note.id} aria-label="Note">
      {note.quote && (
        <blockquote className="note-quote">
          <MatchedText text={note.quote} ranges={[]} />
        </blockquote>
      )}
      {editing ? (
        <NoteEditor note={note} onDone={() => editNote(null)} />
      ) : (
        <>
          <div className="note-body">
            {note.body ? (
              <Suspense fallback={<p>{note.body}</p>}>
                <MarkdownNote body={note.body} />
              </Suspense>
            ) : (
              <p className="muted">Empty note</p>
            )}
          </div>
          <div className="note-actions">
            <button type="button" onClick={() => editNote(note.id)}>
              Edit
            </button>
            <button type="button" onClick={() => void deleteNote(note.id)}>
              Delete
            </button>
          </div>
        </>
      )}
    </article>
  );
}
