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

/**
 * The terms a text is found by: each word, and the parts of joined words, so "EfficientZero"
 * is found by "efficientzero", "efficient" and "zero".
 */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    terms.add(normalizeTerm(match[0]));
    const parts = match[0].split(CAMEL_BOUNDARY);
    if (parts.length > 1) for (const part of parts) terms.add(normalizeTerm(part));
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
