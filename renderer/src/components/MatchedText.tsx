import type { TextRange } from '../../../preload/api';
import { texPieces } from '../math/texPieces';
import { TexText } from '../math/TexText';

/** Text with its math drawn by KaTeX, escapes shown as their characters, and the search's matches marked; never HTML. */
export function MatchedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return <TexText pieces={texPieces(text, 0, ranges)} whole={text} />;
}
