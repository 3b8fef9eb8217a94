import type { TexPiece } from './texPieces';
import { TexMath } from './TexMath';

/**
 * Pieces from texPieces, drawn: text as text (never HTML), escapes as their character,
 * formulas by KaTeX, search matches marked. Each piece carries its source offsets
 * (data-src-start/-end) so a selection can be mapped back to the source (selectionSource.ts);
 * a formula or an escape is data-atomic: selected in part, it counts whole.
 */
export function TexPieceView({ piece, source }: { piece: TexPiece; source: string }) {
  const where = {
    'data-src-start': piece.start,
    'data-src-end': piece.end,
    'data-atomic': piece.kind === 'text' ? undefined : '',
  };
  const content =
    piece.kind === 'math' ? <TexMath tex={piece.text} display={piece.display} source={source} /> : piece.text;
  return piece.match ? (
    <mark className="match" {...where}>
      {content}
    </mark>
  ) : (
    <span {...where}>{content}</span>
  );
}

/** Every piece of a text; `whole` is the text the pieces' offsets refer to. */
export function TexText({ pieces, whole }: { pieces: readonly TexPiece[]; whole: string }) {
  return (
    <>
      {pieces.map((piece) => (
        <TexPieceView key={piece.start} piece={piece} source={whole.slice(piece.start, piece.end)} />
      ))}
    </>
  );
}
