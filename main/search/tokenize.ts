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

/** The characters that join a hyphenated compound, alone between two words. */
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** An ASCII word with a boundary CAMEL_BOUNDARY would cut at: most words have none, and skip the split. */
const ASCII_JOINED = /[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]/;

/**
 * The terms a text is found by: each word, and the parts of joined words, so "EfficientZero"
 * is found by "efficientzero", "efficient" and "zero". A hyphenated compound is also found
 * written joined ("Model-Based": "modelbased"). Words apart ("Sample Factory") are found
 * joined at query time instead, by splitting the query word: indexing every pair of words
 * would double the vocabulary.
 */
export function indexTerms(text: string): Set<string> {
  const terms: string[] = [];
  pushIndexTerms(text, terms);
  return new Set(terms);
}

const WORDS = new RegExp(WORD.source, WORD.flags);

/**
 * indexTerms' terms pushed onto `into` in the same order, a term again each time it recurs:
 * building the index dedupes them by term id, not by string.
 */
export function pushIndexTerms(text: string, into: string[]): void {
  let previousEnd = -1;
  let chain: string[] = [];
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(text); match !== null; match = WORDS.exec(text)) {
    const word = match[0];
    const ascii = !NON_ASCII.test(word);
    const term = ascii ? word.toLowerCase() : normalizeTerm(word);
    into.push(term);
    if (!ascii || ASCII_JOINED.test(word)) {
      const parts = word.split(CAMEL_BOUNDARY);
      if (parts.length > 1) for (const part of parts) into.push(normalizeTerm(part));
    }
    if (previousEnd >= 0 && match.index - previousEnd === 1 && HYPHENS.has(text.charCodeAt(previousEnd))) {
      chain.push(term);
      into.push(chain.join(''));
      if (chain.length > 2) into.push(chain.slice(-2).join(''));
    } else {
      chain = [term];
    }
    previousEnd = match.index + word.length;
  }
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
