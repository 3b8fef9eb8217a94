import type { ListWindow, PaperSummary } from '../../../../preload/api';
import type { Span } from './types';

/** Rows loaded beyond each edge of the screen, so scrolling a little never waits. */
export const MARGIN = 50;
/** Rows kept beyond each edge of the screen; farther ones are let go, so memory stays bounded. */
export const KEEP = 2000;
/** The most rows one request asks for. */
export const MOST_PER_REQUEST = 1000;

/** The rows of a window by position. */
export function rowsOf(window: ListWindow): Map<number, PaperSummary> {
  return new Map(window.rows.map((row, index) => [window.offset + index, row]));
}

/** The span to load for what is on screen: the screen and a margin, inside the list. */
export function wantedSpan(onScreen: Span, total: number): Span | null {
  if (total === 0) return null;
  const start = Math.max(0, onScreen.start - MARGIN);
  const end = Math.min(total - 1, onScreen.end + MARGIN, start + MOST_PER_REQUEST - 1);
  return end < start ? null : { start, end };
}

/** The first and last position of `span` that `rows` lacks, or null when every one is loaded. */
export function missingSpan(rows: ReadonlyMap<number, unknown>, span: Span): Span | null {
  let start = -1;
  let end = -1;
  for (let position = span.start; position <= span.end; position += 1) {
    if (rows.has(position)) continue;
    if (start < 0) start = position;
    end = position;
  }
  return start < 0 ? null : { start, end };
}

/** `rows` with `loaded` added, keeping only positions within KEEP of the screen. */
export function mergeRows(
  rows: ReadonlyMap<number, PaperSummary>,
  loaded: ReadonlyMap<number, PaperSummary>,
  onScreen: Span,
): Map<number, PaperSummary> {
  const merged = new Map<number, PaperSummary>();
  const near = (position: number) => position >= onScreen.start - KEEP && position <= onScreen.end + KEEP;
  for (const [position, row] of rows) if (near(position)) merged.set(position, row);
  for (const [position, row] of loaded) merged.set(position, row);
  return merged;
}
