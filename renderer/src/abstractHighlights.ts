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
