import { useEffect, useRef, useState } from 'react';
import type { Paper, TextRange } from '../../../preload/api';
import { highlightSegments, paragraphs } from '../abstractHighlights';
import { MatchedText } from './MatchedText';
import { createNote } from '../store/actions';
import { useUiStore } from '../store/uiStore';

/** The text selected inside `container`, or '' when the selection is elsewhere or empty. */
function selectedTextIn(container: HTMLElement | null): string {
  const selection = document.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  return container.contains(range.commonAncestorContainer) ? selection.toString().trim() : '';
}

/**
 * The abstract as text (never HTML), with each anchored note's quote highlighted and
 * clickable, and the search's matches marked.
 */
export function HighlightedAbstract({ paper, matches }: { paper: Paper; matches: readonly TextRange[] }) {
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
        {paragraphs(paper.abstract).map((paragraph, index) => {
          let offset = paragraph.offset;
          return (
            <p className="abstract" key={index}>
              {highlightSegments(paragraph.text, paper.notes).map((segment, at) => {
                const start = offset;
                offset += segment.text.length;
                const text = <MatchedText text={segment.text} ranges={matches} offset={start} />;
                if (segment.noteId === null) return <span key={at}>{text}</span>;
                const noteId = segment.noteId;
                return (
                  <mark
                    key={at}
                    className="note-anchor"
                    data-note-id={noteId}
                    tabIndex={0}
                    role="button"
                    title="Show the note"
                    onClick={() => focusNote(noteId)}
                    onDoubleClick={() => editNote(noteId)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') focusNote(noteId);
                    }}
                  >
                    {text}
                  </mark>
                );
              })}
            </p>
          );
        })}
      </div>
    </>
  );
}
