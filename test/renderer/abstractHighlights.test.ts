import { describe, expect, it } from 'vitest';
import { highlightSegments, paragraphs, splitByRanges } from '../../renderer/src/abstractHighlights';

const note = (id: number, quote: string | null) => ({ id, body: '', quote });

describe('highlightSegments', () => {
  it('splits a paragraph around each quoted span', () => {
    expect(highlightSegments('We study RL. It works well.', [note(1, 'It works')])).toEqual([
      { text: 'We study RL. ', noteId: null },
      { text: 'It works', noteId: 1 },
      { text: ' well.', noteId: null },
    ]);
  });

  it('orders highlights by position and leaves notes without quotes out', () => {
    const segments = highlightSegments('alpha beta gamma', [
      note(1, 'gamma'),
      note(2, null),
      note(3, 'alpha'),
    ]);
    expect(segments.filter((segment) => segment.noteId !== null).map((segment) => segment.noteId)).toEqual([
      3, 1,
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('alpha beta gamma');
  });

  it('gives two notes on the same words separate occurrences, and never overlaps spans', () => {
    const segments = highlightSegments('RL and RL', [note(1, 'RL'), note(2, 'RL'), note(3, 'RL and')]);
    expect(segments).toEqual([
      { text: 'RL', noteId: 1 },
      { text: ' and ', noteId: null },
      { text: 'RL', noteId: 2 },
    ]);
  });

  it('returns the paragraph whole when no quote is in it', () => {
    expect(highlightSegments('plain', [note(1, 'elsewhere')])).toEqual([{ text: 'plain', noteId: null }]);
  });
});

describe('splitByRanges', () => {
  it('marks the ranges that fall inside a piece cut from a longer text', () => {
    // "world models" is at 10..22 of the whole; this piece starts at 6.
    expect(
      splitByRanges('the world models here', 6, [
        [10, 15],
        [16, 22],
      ]),
    ).toEqual([
      { text: 'the ', match: false },
      { text: 'world', match: true },
      { text: ' ', match: false },
      { text: 'models', match: true },
      { text: ' here', match: false },
    ]);
  });

  it('clips ranges that start before or end after the piece', () => {
    expect(
      splitByRanges('cdef', 2, [
        [0, 3],
        [5, 9],
      ]),
    ).toEqual([
      { text: 'c', match: true },
      { text: 'de', match: false },
      { text: 'f', match: true },
    ]);
  });

  it('keeps text with no ranges whole', () => {
    expect(splitByRanges('plain', 0, [])).toEqual([{ text: 'plain', match: false }]);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps where each paragraph starts', () => {
    expect(paragraphs('one\n\ntwo\n\n\nthree')).toEqual([
      { text: 'one', offset: 0 },
      { text: 'two', offset: 5 },
      { text: 'three', offset: 11 },
    ]);
  });
});
