import { describe, expect, it } from 'vitest';
import { noteRanges, paragraphs } from '../../renderer/src/abstractHighlights';

const note = (id: number, quote: string | null) => ({ id, body: '', quote });

describe('noteRanges', () => {
  it('finds each quoted span of a paragraph', () => {
    expect(noteRanges('We study RL. It works well.', [note(1, 'It works')])).toEqual([
      { start: 13, end: 21, noteId: 1 },
    ]);
  });

  it('orders highlights by position and leaves notes without quotes out', () => {
    const ranges = noteRanges('alpha beta gamma', [note(1, 'gamma'), note(2, null), note(3, 'alpha')]);
    expect(ranges.map((range) => range.noteId)).toEqual([3, 1]);
  });

  it('gives two notes on the same words separate occurrences, and never overlaps spans', () => {
    expect(noteRanges('RL and RL', [note(1, 'RL'), note(2, 'RL'), note(3, 'RL and')])).toEqual([
      { start: 0, end: 2, noteId: 1 },
      { start: 7, end: 9, noteId: 2 },
    ]);
  });

  it('finds nothing when no quote is in the paragraph', () => {
    expect(noteRanges('plain', [note(1, 'elsewhere')])).toEqual([]);
  });

  it('finds a quote written with math and escapes, as the source has them', () => {
    const paragraph = 'We cut cost by 10\\% with $\\mathcal{O}(n)$ memory.';
    expect(noteRanges(paragraph, [note(4, '10\\% with $\\mathcal{O}(n)$')])).toEqual([
      { start: 15, end: 41, noteId: 4 },
    ]);
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
