import { useEffect, useRef, useState } from 'react';
import type { Note } from '../../../preload/api';
import { callApi } from '../api';
import { useAutosave } from '../hooks/useAutosave';
import { applyChange } from '../store/changes';
import { useLibraryStore } from '../store/libraryStore';
import { useToastStore } from '../store/toastStore';
import { useUiStore } from '../store/uiStore';
import { MarkdownNote } from './MarkdownNote';
import { MatchedText } from './MatchedText';

function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const [body, setBody] = useState(note.body);
  const loadCurrent = useLibraryStore((state) => state.loadCurrent);
  const flush = useAutosave(body, async (text) => {
    try {
      await callApi('updateNote', { id: note.id, body: text });
    } catch (error) {
      useToastStore
        .getState()
        .show(`Note not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  async function finish() {
    await flush();
    // The autosaved edits are one undo step; offer it now that the person is done.
    if (body !== note.body) await applyChange(() => Promise.resolve());
    else await loadCurrent();
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
            {note.body ? <MarkdownNote body={note.body} /> : <p className="muted">Empty note</p>}
          </div>
          <div className="note-actions">
            <button type="button" onClick={() => editNote(note.id)}>
              Edit
            </button>
            <button
              type="button"
              onClick={() => void applyChange(() => callApi('deleteNote', { id: note.id }))}
            >
              Delete
            </button>
          </div>
        </>
      )}
    </article>
  );
}
