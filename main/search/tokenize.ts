export interface Token {
  /** Lowercased, accents stripped: what the index stores and queries compare. */
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Any character outside ASCII (astral ones show up as their surrogate halves). */
export const NON_ASCII = /[\u0080-\uFFFF]/;
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

export function normalizeTerm(word: string): string {
  // ASCII has no accents to fold: lowercasing is all (most words, and a fifth of a build's time).
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words with their places in the text, for indexing and for highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ term: normalizeTerm(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const HYPHEN_GAP = /^[-\u2010\u2011]$/;

/**
 * The terms a text is found by: each word, and the parts of joined words, so "EfficientZero"
 * is found by "efficientzero", "efficient" and "zero". A hyphenated compound is also found
 * written joined ("Model-Based": "modelbased"). Words apart ("Sample Factory") are found
 * joined at query time instead, by splitting the query word: indexing every pair of words
 * would double the vocabulary.
 */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  let previousEnd = -1;
  let chain: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0]);
    terms.add(term);
    const parts = match[0].split(CAMEL_BOUNDARY);
    if (parts.length > 1) for (const part of parts) terms.add(normalizeTerm(part));
    if (previousEnd >= 0 && HYPHEN_GAP.test(text.slice(previousEnd, match.index))) {
      chain.push(term);
      terms.add(chain.join(''));
      if (chain.length > 2) terms.add(chain.slice(-2).join(''));
    } else {
      chain = [term];
    }
    previousEnd = match.index + match[0].length;
  }
  return terms;
}

/** Text as phrases are compared: words only, single spaces, no case or accents. */
export function phraseText(text: string): string {
  // Most text is ASCII, where one lowercase and one replace do the same as tokenizing.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return tokenize(text)
    .map((token) => token.term)
    .join(' ');
}
