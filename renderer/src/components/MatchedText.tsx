import type { TextRange } from '../../../preload/api';
import { texPieces } from '../math/texPieces';
import { TexText } from '../math/TexText';

/**
 * A line of text (a title, a quote) with its math drawn by KaTeX, inline even when written
 * as display math, escapes shown as their characters, and the search's matches marked; never HTML.
 */
export function MatchedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const pieces = texPieces(text, 0, ranges).map((piece) => ({ ...piece, display: false }));
  return <TexText pieces={pieces} whole={text} />;
}
