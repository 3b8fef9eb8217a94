export interface Token {
  /** Lowercased, accents stripped: what the index stores and queries compare. */
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Any character outside ASCII (astral ones show up as their surrogate halves). */
export const NON_ASCII = /[\u0080-\uFFFF]/;
export const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

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
  if (!NON_ASCII.test(text)) {
    pushAsciiTerms(text, into);
    return;
  }
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

/** 0 for a character outside words, else LOWER, UPPER or DIGIT: ASCII's letters and digits are its \p{L}\p{N}. */
export const LOWER = 1;
export const UPPER = 2;
export const DIGIT = 3;
export const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return LOWER;
  if (code >= 0x41 && code <= 0x5a) return UPPER;
  return code >= 0x30 && code <= 0x39 ? DIGIT : 0;
});

/** ASCII words, a hyphenated compound as one run ("state-of-the-art"). */
const ASCII_RUNS = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;

/**
 * pushIndexTerms for a text all in ASCII (most of them). The words are found by one regular
 * expression, in native code: a CLI search catching up a pasted page reads its words once, in
 * code not yet compiled, where a loop over each character cost twice as much. A text without
 * joined words (a lower letter then a capital, a letter next to a digit) is lowercased whole.
 */
function pushAsciiTerms(text: string, into: string[]): void {
  const joined = ASCII_JOINED.test(text);
  const runs = joined ? text.match(ASCII_RUNS) : text.toLowerCase().match(ASCII_RUNS);
  if (runs === null) return;
  // Indexed: a for-of runs the iterator protocol in code not yet compiled.
  for (let at = 0; at < runs.length; at += 1) {
    const run = runs[at] ?? '';
    if (!run.includes('-')) {
      pushAsciiWord(run, joined, into);
      continue;
    }
    // A compound: each word, the words so far joined, and from the third on the last two joined.
    const words = run.split('-');
    let chain = '';
    let last = '';
    for (let place = 0; place < words.length; place += 1) {
      const term = pushAsciiWord(words[place] ?? '', joined, into);
      if (place > 0) into.push((chain += term));
      else chain = term;
      if (place > 1) into.push(last + term);
      last = term;
    }
  }
}

/**
 * An ASCII word's term, then its parts if it is joined; returns the term. Without `mayBeJoined`
 * the word is lowercased already and joined it cannot be.
 */
function pushAsciiWord(word: string, mayBeJoined: boolean, into: string[]): string {
  if (!mayBeJoined) {
    into.push(word);
    return word;
  }
  const term = word.toLowerCase();
  into.push(term);
  if (ASCII_JOINED.test(word)) for (const part of word.split(CAMEL_BOUNDARY)) into.push(part.toLowerCase());
  return term;
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
