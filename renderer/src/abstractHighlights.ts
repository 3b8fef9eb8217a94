import type { Note } from '../../preload/api';
import type { NoteRange } from './math/texPieces';

/**
 * Where each anchored note's quote is in a paragraph: its first occurrence that does not
 * overlap an earlier highlight, ordered by position.
 */
export function noteRanges(paragraph: string, notes: readonly Note[]): NoteRange[] {
  const ranges: NoteRange[] = [];
  for (const note of notes) {
    if (!note.quote) continue;
    let from = paragraph.indexOf(note.quote);
    while (from !== -1) {
      const start = from;
      const end = start + note.quote.length;
      if (!ranges.some((range) => start < range.end && end > range.start)) {
        ranges.push({ start, end, noteId: note.id });
        break;
      }
      from = paragraph.indexOf(note.quote, start + 1);
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Paragraphs of an abstract with where each starts in it. */
export function paragraphs(abstract: string): { text: string; offset: number }[] {
  const result: { text: string; offset: number }[] = [];
  const breaks = /\n{2,}/g;
  let at = 0;
  for (const match of abstract.matchAll(breaks)) {
    result.push({ text: abstract.slice(at, match.index), offset: at });
    at = match.index + match[0].length;
  }
  result.push({ text: abstract.slice(at), offset: at });
  return result;
}
