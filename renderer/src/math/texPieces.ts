import type { TextRange } from '../../../preload/api';
import { segmentTex, type TexSegment } from './segmentTex';

/** A piece of text as shown: plain text, an escaped character or a formula, with its source offsets. */
export interface TexPiece {
  kind: TexSegment['kind'];
  /** What is shown: the text, the character, or the formula's TeX. */
  text: string;
  display: boolean;
  /** [start, end) in the whole text the ranges refer to. */
  start: number;
  end: number;
  /** Inside a search match. */
  match: boolean;
  /** The note whose quote this piece is part of, or null. */
  noteId: number | null;
}

export interface NoteRange {
  start: number;
  end: number;
  noteId: number;
}

/** The atomic segment (a formula, an escape) containing offset strictly inside it, if any. */
function atomicAround(segments: readonly TexSegment[], offset: number): TexSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (!segment) break;
    if (offset <= segment.start) high = middle - 1;
    else if (offset >= segment.end) low = middle + 1;
    else return segment.kind === 'text' ? undefined : segment;
  }
  return undefined;
}

/** A range cut to the text, widened so that it never splits a formula or an escape. */
function snap(
  segments: readonly TexSegment[],
  length: number,
  start: number,
  end: number,
): [number, number] | null {
  const from = Math.max(0, start);
  const to = Math.min(length, end);
  if (to <= from) return null;
  return [atomicAround(segments, from)?.start ?? from, atomicAround(segments, to)?.end ?? to];
}

/**
 * `source` (which starts at `base` in the whole the ranges refer to) as pieces to draw:
 * formulas and escapes from segmentTex, plain text cut wherever a search match or a note's
 * quote begins or ends. A range that falls inside a formula covers the whole formula.
 */
export function texPieces(
  source: string,
  base: number,
  matches: readonly TextRange[],
  notes: readonly NoteRange[] = [],
): TexPiece[] {
  const segments = segmentTex(source);
  const local = (ranges: readonly (readonly [number, number])[]) =>
    ranges.flatMap(([start, end]) => {
      const snapped = snap(segments, source.length, start - base, end - base);
      return snapped ? [snapped] : [];
    });
  const matched = local(matches);
  const noted = notes.flatMap((note) => {
    const [snapped] = local([[note.start, note.end]]);
    return snapped ? [{ range: snapped, noteId: note.noteId }] : [];
  });
  const cuts = [...new Set([...matched, ...noted.map((note) => note.range)].flat())].sort((a, b) => a - b);

  const pieces: TexPiece[] = [];
  const push = (segment: TexSegment, start: number, end: number) => {
    const covers = ([from, to]: [number, number]) => from <= start && end <= to;
    pieces.push({
      kind: segment.kind,
      text:
        segment.kind === 'math'
          ? segment.tex
          : segment.kind === 'text'
            ? source.slice(start, end)
            : segment.text,
      display: segment.kind === 'math' && segment.display,
      start: base + start,
      end: base + end,
      match: matched.some(covers),
      noteId: noted.find((note) => covers(note.range))?.noteId ?? null,
    });
  };
  let cut = 0;
  for (const segment of segments) {
    if (segment.kind !== 'text') {
      push(segment, segment.start, segment.end);
      continue;
    }
    let at = segment.start;
    while (cut < cuts.length && (cuts[cut] ?? 0) <= at) cut += 1;
    while (cut < cuts.length && (cuts[cut] ?? 0) < segment.end) {
      const next = cuts[cut] ?? segment.end;
      push(segment, at, next);
      at = next;
      cut += 1;
    }
    push(segment, at, segment.end);
  }
  return pieces;
}
