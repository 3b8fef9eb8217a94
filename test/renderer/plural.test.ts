import { describe, expect, it } from 'vitest';
import { plural } from '../../renderer/src/plural';

describe('plural', () => {
  it.each([
    [1, 'paper', '1 paper'],
    [3, 'paper', '3 papers'],
    [0, 'line', '0 lines'],
    [2, 'entry', '2 entries'],
    [2, 'day', '2 days'],
  ])('%i %s → %s', (count, noun, expected) => {
    expect(plural(count, noun)).toBe(expected);
  });
});
