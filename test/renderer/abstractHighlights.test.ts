import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../renderer/src/abstractHighlights';

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
