import type { Note } from '../../preload/api';

export interface Segment {
  text: string;
  /** The note whose quote this span is, or null for plain text. */
  noteId: number | null;
}

/**
 * Splits a paragraph into plain and highlighted spans, one highlight per anchored note
 * (its quote's first occurrence that does not overlap an earlier highlight).
 */
export function highlightSegments(paragraph: string, notes: readonly Note[]): Segment[] {
  const ranges: { start: number; end: number; noteId: number }[] = [];
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
  ranges.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) segments.push({ text: paragraph.slice(at, range.start), noteId: null });
    segments.push({ text: paragraph.slice(range.start, range.end), noteId: range.noteId });
    at = range.end;
  }
  if (at < paragraph.length) segments.push({ text: paragraph.slice(at), noteId: null });
  return segments;
}

export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Splits `text`, which starts at `offset` in the whole it was cut from, around the ranges
 * (offsets into that whole) that fall inside it.
 */
export function splitByRanges(
  text: string,
  offset: number,
  ranges: readonly (readonly [number, number])[],
): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start - offset, at);
    const to = Math.min(end - offset, text.length);
    if (to <= from) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), match: false });
    pieces.push({ text: text.slice(from, to), match: true });
    at = to;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
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
