import { describe, expect, it } from 'vitest';
import { texPieces, type TexPiece } from '../../../renderer/src/math/texPieces';

/** A compact view: each piece's kind, what it shows, and its marks. */
function view(pieces: TexPiece[]) {
  return pieces.map((piece) => [
    piece.kind,
    piece.text,
    piece.match ? 'match' : '',
    piece.noteId === null ? '' : `note ${piece.noteId}`,
  ]);
}

describe('texPieces', () => {
  it('cuts plain text around a search match, offsets taken in the whole text', () => {
    expect(view(texPieces('the world models here', 6, [[10, 22]]))).toEqual([
      ['text', 'the ', '', ''],
      ['text', 'world models', 'match', ''],
      ['text', ' here', '', ''],
    ]);
  });

  it('marks a whole formula when a match falls inside it, or only touches part of it', () => {
    const title = 'Fast $\\mathcal{O}(n)$ search';
    const inside = title.indexOf('mathcal');
    expect(view(texPieces(title, 0, [[inside, inside + 7]]))).toEqual([
      ['text', 'Fast ', '', ''],
      ['math', '\\mathcal{O}(n)', 'match', ''],
      ['text', ' search', '', ''],
    ]);
    expect(view(texPieces(title, 0, [[0, 8]]))).toEqual([
      ['text', 'Fast ', 'match', ''],
      ['math', '\\mathcal{O}(n)', 'match', ''],
      ['text', ' search', '', ''],
    ]);
  });

  it('shows escapes as their characters, and a match on one covers it whole', () => {
    const pieces = texPieces('cut by 10\\% here', 0, [[9, 10]]);
    expect(view(pieces)).toEqual([
      ['text', 'cut by 10', '', ''],
      ['symbol', '%', 'match', ''],
      ['text', ' here', '', ''],
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe('cut by 10% here');
    expect(pieces[1]).toMatchObject({ start: 9, end: 11 });
  });

  it('gives each piece inside a note’s quote the note, widened over a formula it cuts', () => {
    const text = 'We learn $Q$ values. It works.';
    expect(view(texPieces(text, 0, [], [{ start: 3, end: 10, noteId: 7 }]))).toEqual([
      ['text', 'We ', '', ''],
      ['text', 'learn ', '', 'note 7'],
      ['math', 'Q', '', 'note 7'],
      ['text', ' values. It works.', '', ''],
    ]);
  });

  it('composes notes and matches over the same text', () => {
    const text = 'alpha $x$ beta gamma';
    const pieces = texPieces(text, 100, [[106, 109]], [{ start: 110, end: 120, noteId: 1 }]);
    expect(view(pieces)).toEqual([
      ['text', 'alpha ', '', ''],
      ['math', 'x', 'match', ''],
      ['text', ' ', '', ''],
      ['text', 'beta gamma', '', 'note 1'],
    ]);
    expect(pieces.map((piece) => [piece.start, piece.end])).toEqual([
      [100, 106],
      [106, 109],
      [109, 110],
      [110, 120],
    ]);
  });

  it('keeps text with neither math nor ranges whole, and ignores ranges outside it', () => {
    expect(view(texPieces('plain', 0, [[40, 50]]))).toEqual([['text', 'plain', '', '']]);
    expect(texPieces('', 0, [])).toEqual([]);
  });
});
