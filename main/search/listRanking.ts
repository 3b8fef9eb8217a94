/** How many of a search's best results the list can scroll through; the rest are counted, not listed. */
export const LIST_RESULTS = 5000;

/**
 * How many of them a new query's first answer ranks: more than the list's first rows (a screenful
 * and its margin), and a tenth of the cost of keeping the best 5000 of a common word's 100,000
 * matches. Scrolling past them ranks the rest.
 */
export const FIRST_RANKED = 500;
