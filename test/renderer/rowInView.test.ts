import { describe, expect, it } from 'vitest';
import { rowInView } from '../../renderer/src/rowInView';

// Rows of 50 px, 112 px kept free at the bottom, a list 612 px high: rows 0–9 fit (0–500).
const inView = (index: number, scrollOffset: number | null, height: number | null = 612) =>
  rowInView(index, 50, 112, { scrollOffset, height });

describe('rowInView', () => {
  it('holds for the rows wholly between the top and the room kept at the bottom', () => {
    expect(inView(0, 0)).toBe(true);
    expect(inView(9, 0)).toBe(true);
    expect(inView(10, 0)).toBe(false);
  });

  it('does not hold for a row cut by the top edge or partly under the kept room', () => {
    expect(inView(2, 101)).toBe(false);
    expect(inView(3, 101)).toBe(true);
    expect(inView(11, 101)).toBe(true);
    expect(inView(12, 101)).toBe(false);
  });

  it('does not hold before the virtualizer has observed the list', () => {
    expect(inView(0, null)).toBe(false);
    expect(inView(0, 0, null)).toBe(false);
  });
});
