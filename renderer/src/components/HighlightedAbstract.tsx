import { useEffect, useRef, useState } from 'react';
import type { Paper } from '../../../preload/api';
import { highlightSegments } from '../abstractHighlights';
import { createNote } from '../store/notes';
import { useUiStore } from '../store/uiStore';

/** The text selected inside `container`, or '' when the selection is elsewhere or empty. */
function selectedTextIn(container: HTMLElement | null): string {
  const selection = document.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  return container.contains(range.commonAncestorContainer) ? selection.toString().trim() : '';
}

/** The abstract as text (never HTML), with each anchored note's quote highlighted and clickable. */
export function HighlightedAbstract({ paper }: { paper: Paper }) {
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState('');
  const focusNote = useUiStore((state) => state.focusNote);
  const editNote = useUiStore((state) => state.editNote);

  useEffect(() => {
    const update = () => setSelection(selectedTextIn(container.current));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);

  if (!paper.abstract) return <p className="muted">No abstract.</p>;
  return (
    <>
      <div className="section-header">
        <h2 className="detail-heading">Abstract</h2>
        <button
          type="button"
          disabled={selection === ''}
          title="Select a span of the abstract first"
          // Keep the selection: a click must not clear what it is about to quote.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            void createNote(paper.id, selection);
            document.getSelection()?.removeAllRanges();
          }}
        >
          Note on selection
        </button>
      </div>
      <div ref={container} className="abstract-text">
        {paper.abstract.split(/\n{2,}/).map((paragraph, index) => (
          <p className="abstract" key={index}>
            {highlightSegments(paragraph, paper.notes).map((segment, at) =>
              segment.noteId === null ? (
                segment.text
              ) : (
                <mark
                  key={at}
                  data-note-id={segment.noteId}
                  tabIndex={0}
                  role="button"
                  title="Show the note"
                  onClick={() => focusNote(segment.noteId)}
                  onDoubleClick={() => editNote(segment.noteId)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') focusNote(segment.noteId);
                  }}
                >
                  {segment.text}
                </mark>
              ),
            )}
          </p>
        ))}
      </div>
    </>
  );
}
