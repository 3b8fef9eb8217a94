/**
 * Maps a DOM selection over text drawn by TexText back to [start, end) in its source: a
 * formula drawn by KaTeX or an escape shown as one character covers its whole source span,
 * and plain text maps character for character. Null when the range holds no drawn text.
 */
export function selectedSourceRange(container: HTMLElement, range: Range): [number, number] | null {
  const pieces = [...container.querySelectorAll<HTMLElement>('[data-src-start]')].filter((piece) =>
    range.intersectsNode(piece),
  );
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return null;
  const bounds = (piece: HTMLElement) =>
    [Number(piece.dataset.srcStart), Number(piece.dataset.srcEnd)] as const;
  const inText = (piece: HTMLElement, node: Node) =>
    !('atomic' in piece.dataset) && node.nodeType === Node.TEXT_NODE && piece.contains(node);
  const [firstStart] = bounds(first);
  const [lastStart, lastEnd] = bounds(last);
  const start = inText(first, range.startContainer) ? firstStart + range.startOffset : firstStart;
  const end = inText(last, range.endContainer) ? lastStart + range.endOffset : lastEnd;
  return end > start ? [start, end] : null;
}
