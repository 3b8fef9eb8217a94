/**
 * The matching thresholds. docs/ARCHITECTURE.md says why each has its value; the matching corpus
 * (test/lookup/match/matchCorpus.ts) is the evidence, and fails when a change lets a wrong paper in.
 */
export const THRESHOLDS = {
  /** Below this title similarity a candidate is another paper. */
  titleReject: 0.75,
  /** Abstracts sharing at least this share of content words (Dice) support a match... */
  abstractSupport: 0.5,
  /** ...and below this they say it is another paper with the same title. */
  abstractContradict: 0.2,
  /** At least this share of the shorter author list in common supports a match; none contradicts. */
  authorSupport: 0.5,
  /** Years further apart than this need a person's look (a preprint is published within about two years)... */
  yearReview: 2,
  /** ...and further than this, with the same title, they are two papers. */
  yearReject: 5,
  /** With the paper's own identifier, the title needs only to be recognisably the same. */
  identifierTitle: 0.75,
} as const;

/** How much each signal counts in a candidate's score, over the signals both sides have. */
export const WEIGHTS = { title: 0.5, abstract: 0.3, authors: 0.15, year: 0.05 } as const;
