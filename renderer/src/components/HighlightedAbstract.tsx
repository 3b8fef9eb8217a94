import { useEffect, useRef, useState } from 'react';
import type { Paper, TextRange } from '../../../preload/api';
import { noteRanges, paragraphs } from '../abstractHighlights';
import { selectedSourceRange } from '../math/selectionSource';
import { texPieces, type TexPiece } from '../math/texPieces';
import { TexPieceView } from '../math/TexText';
import { createNote } from '../store/actions';
import { useUiStore } from '../store/uiStore';

/**
 * Whether a text field outside `container` has the focus: then the document's selection is the
 * field's, never in the abstract. Asked first because reading the selection makes the browser
 * bring style and layout up to date, on every key typed in the search box.
 */
function typingElsewhere(container: HTMLElement): boolean {
  const focused = document.activeElement;
  const textField = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement;
  return textField && !container.contains(focused);
}

/**
 * The abstract's source text under the selection inside `container` (formulas and escapes
 * whole, as written), or '' when the selection is elsewhere or empty.
 */
function selectedTextIn(container: HTMLElement | null, abstract: string): string {
  if (!container || typingElsewhere(container)) return '';
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return '';
  const source = selectedSourceRange(container, range);
  return source ? abstract.slice(...source).trim() : '';
}

/** Consecutive pieces of one note's quote, to draw under one highlight. */
function groupByNote(pieces: readonly TexPiece[]): { noteId: number | null; pieces: TexPiece[] }[] {
  const groups: { noteId: number | null; pieces: TexPiece[] }[] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && last.noteId === piece.noteId) last.pieces.push(piece);
    else groups.push({ noteId: piece.noteId, pieces: [piece] });
  }
  return groups;
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

  const abstract = paper.abstract;
  useEffect(() => {
    const update = () => setSelection(selectedTextIn(container.current, abstract ?? ''));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [abstract]);

  if (!abstract) return <p className="muted">No abstract.</p>;
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
        {paragraphs(abstract).map((paragraph, index) => {
          const notes = noteRanges(paragraph.text, paper.notes).map((range) => ({
            ...range,
            start: range.start + paragraph.offset,
            end: range.end + paragraph.offset,
          }));
          const pieces = texPieces(paragraph.text, paragraph.offset, matches, notes);
          return (
            <p className="abstract" key={index}>
              {groupByNote(pieces).map(({ noteId, pieces: group }) => {
                const drawn = group.map((piece) => (
                  <TexPieceView
                    key={piece.start}
                    piece={piece}
                    source={abstract.slice(piece.start, piece.end)}
                  />
                ));
                const key = group[0]?.start ?? 0;
                if (noteId === null) return <span key={key}>{drawn}</span>;
                return (
                  <mark
                    key={key}
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
                    {drawn}
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
