/**
 * How much one line reads like running prose (an abstract) rather than a title: above zero,
 * prose; below, a title. One line alone is weak evidence (a one-sentence abstract and a long
 * title look alike); labelLines weighs it against the page's alternation of titles and abstracts.
 * Every pattern here runs once on one line and is linear (test/import/linearTime.test.ts).
 */
const PERIOD_END = /\.["')\]]?$/;
const SENTENCE_BREAK = /[.!?]["')\]]? ["'(]?\p{Lu}/gu;
const PROSE_OPENING =
  /^(we|our|in this|this (paper|work|article|study)|here,? we|tl;? ?dr|abstract|recent|although|despite|while|existing)\b/i;
const NAME_AND_COLON = /^[^ :]{2,40}: /;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;

/** Lines longer than this are prose whatever else they look like; the longest titles in the samples are shorter. */
export const MAX_TITLE_LENGTH = 300;

function capitalisedShare(words: readonly string[]): number {
  const content = words.filter((word) => word.length >= 4);
  if (content.length === 0) return 0.5;
  return content.filter((word) => CAPITALISED.test(word)).length / content.length;
}

export function proseScore(text: string): number {
  if (text.length > MAX_TITLE_LENGTH) return 10;
  const words = text.match(WORD) ?? [];
  let score = 0;
  // Abstracts end with a period; titles rarely do, and a question or no stop at all is a title's.
  score += PERIOD_END.test(text) ? 2 : -1.5;
  score += Math.min(3, (text.match(SENTENCE_BREAK) ?? []).length * 2);
  if (words.length >= 25) score += 2;
  else if (words.length >= 14) score += 1;
  else if (words.length <= 6) score -= 2;
  const capitalised = capitalisedShare(words.slice(1));
  if (capitalised >= 0.6) score -= 3;
  else if (capitalised <= 0.3) score += 1.5;
  if (PROSE_OPENING.test(text)) score += 2;
  if (NAME_AND_COLON.test(text)) score -= 1.5;
  if (text.length >= 200) score += 2;
  return score;
}
