/**
 * Words too common to tell papers apart. In a query they only add to the score of papers
 * already found by its other words: they are never expanded to prefixes or near-misses, and
 * do not count as words matched (so "to" cannot lift an unrelated paper).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about an and are as at be been but by can do does for from has have how in into is it its
  not of on or our that the their this to was we what when where which who why will with`.split(/\s+/),
);

/** A long query's papers must match at least half its words (rounded up): from four words on. */
export function wordsRequired(contentWords: number): number {
  return contentWords >= 4 ? Math.ceil(contentWords / 2) : 1;
}
