/** The list's scroll state as the virtualizer last observed it, read without asking the layout. */
export interface ListViewport {
  /** How far the list is scrolled, or null before the first observation. */
  scrollOffset: number | null;
  /** The visible height of the list, or null before the first observation. */
  height: number | null;
}

/**
 * Whether the row at `index` (rows of `rowHeight`) is wholly on screen, above the room kept
 * free at the bottom (`endRoom`, where the bulk bar floats). Then scrolling to it would not
 * move the list, and asking the virtualizer to would still read the layout, so the caller
 * skips it. Unknown (before the first observation) counts as not in view.
 */
export function rowInView(
  index: number,
  rowHeight: number,
  endRoom: number,
  viewport: ListViewport,
): boolean {
  const { scrollOffset, height } = viewport;
  if (scrollOffset === null || height === null) return false;
  const top = index * rowHeight;
  return top >= scrollOffset && top + rowHeight <= scrollOffset + height - endRoom;
}
