import { foldSpaces } from './normalizeText';

/**
 * What a copied paper-listing page carries besides papers: navigation, sign-up
 * prompts, counters, footers. Matched against whole, trimmed lines whose inner white space
 * is one space, so no pattern has two quantifiers that can share characters (linear time).
 */
const NOISE_LINES: readonly RegExp[] = [
  /^get trending papers\b/i,
  /^(subscribe|unsubscribe|follow|share|bookmark|save|cite)$/i,
  /^(sign in|sign up|log in|log out|register)$/i,
  /^(load|show|see|read|view) (more|all|less)\b/i,
  /^(next|previous|prev|more|back to top)$/i,
  /^(home|about|contact|privacy( policy)?|terms( of (service|use))?|newsletter|faq|help)$/i,
  /^(trending|latest|greatest|browse|datasets|methods|papers|top|new)( papers| research)?$/i,
  /^(©|\(c\)|copyright\b)/i,
  /^page \d+( of \d+)?$/i,
  /^[\d,.]+ ?[km]?( ?(stars?|forks?|comments?|upvotes?|likes?|views?|citations?|papers?))?$/i,
  /^[\d,.]+ ?[km]? ?(stars?|forks?) ?(\/|per|·) ?(hour|day|week)$/i,
];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Interface words that a copy glues onto the start of the next line ("SubscribeSAC Flow: ...", "Subscribe$Q$-Learning"). */
const GLUED_PREFIX = /^(?:Subscribe|Unsubscribe|Follow|Sign in|Sign up|Log in)(?=[\p{Lu}\p{N}$"'“‘«([{])/u;

/** Page noise, for a trimmed line: no letter or digit at all, or one of the patterns (after folding its spaces). */
export function isNoiseLine(line: string): boolean {
  if (!LETTER_OR_DIGIT.test(line)) return true;
  const folded = foldSpaces(line);
  return NOISE_LINES.some((pattern) => pattern.test(folded));
}

export function stripGluedPrefix(line: string): string {
  // Every glued word starts with one of these letters; most lines are spared the pattern.
  return line !== '' && 'SUFL'.includes(line.charAt(0)) ? line.replace(GLUED_PREFIX, '') : line;
}
