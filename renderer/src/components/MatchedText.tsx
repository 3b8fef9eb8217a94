import type { TextRange } from '../../../preload/api';
import { splitByRanges } from '../abstractHighlights';

/** Text with the search's matches marked; never HTML. */
export function MatchedText({
  text,
  ranges,
  offset = 0,
}: {
  text: string;
  ranges: readonly TextRange[];
  offset?: number;
}) {
  return (
    <>
      {splitByRanges(text, offset, ranges).map((piece, index) =>
        piece.match ? (
          <mark key={index} className="match">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
