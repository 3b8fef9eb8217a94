import { describe, expect, it } from 'vitest';
import { topK } from '../../main/search/topK';

describe('topK', () => {
  it('keeps the best items, best first, and says which items it would keep', () => {
    const best = topK<number>(3, (a, b) => a > b);
    for (const n of [5, 1, 9, 3, 7]) best.offer(n);
    expect(best.sorted()).toEqual([9, 7, 5]);
    expect(best.accepts(6)).toBe(true);
    expect(best.accepts(5)).toBe(false);
    expect(best.accepts(2)).toBe(false);
    expect(topK<number>(0, (a, b) => a > b).accepts(1)).toBe(false);
    expect(topK<number>(2, (a, b) => a > b).accepts(1)).toBe(true);
  });

  it('names the item a newcomer must beat, once it is full', () => {
    const best = topK<number>(2, (a, b) => a > b);
    expect(best.worst()).toBeUndefined();
    best.offer(4);
    expect(best.worst()).toBeUndefined();
    best.offer(8);
    expect(best.worst()).toBe(4);
    best.offer(6);
    expect(best.worst()).toBe(6);
    expect(topK<number>(0, (a, b) => a > b).worst()).toBeUndefined();
  });

  it('gives every heap the same methods, so code optimized for one query is kept for the next', () => {
    const better = (a: number, b: number) => a > b;
    const one = topK<number>(2, better);
    const other = topK<number>(500, better);
    expect(Object.getPrototypeOf(one)).toBe(Object.getPrototypeOf(other));
    for (const method of ['offer', 'accepts', 'worst', 'sorted'])
      expect(Object.hasOwn(one, method)).toBe(false);
  });
});
