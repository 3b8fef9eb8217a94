/**
 * How many typos a word may have: none below 5 letters, one up to 7, two from 8. A four-letter
 * word is one edit from too many others ("find": fine, fund, kind, mind, wind).
 */
export function allowedEdits(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 5 ? 1 : 0;
}

export function trigrams(term: string): string[] {
  const padded = `^${term}$`;
  const grams: string[] = [];
  for (let at = 0; at + 3 <= padded.length; at += 1) grams.push(padded.slice(at, at + 3));
  return grams;
}

/**
 * A term's distinct trigrams (as trigrams() gives them, first occurrence first), each as one
 * number (three UTF-16 code units, 16 bits each): building the vocabulary makes no string per
 * trigram, which made it several times slower.
 */
export function trigramKeys(term: string): number[] {
  const keys: number[] = [];
  const length = term.length + 2;
  const code = (at: number) => (at === 0 ? 94 : at === length - 1 ? 36 : term.charCodeAt(at - 1));
  for (let at = 0; at + 3 <= length; at += 1) {
    const key = (code(at) * 65536 + code(at + 1)) * 65536 + code(at + 2);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Lookups answered by reading the terms before the trigram index is built. */
const SCANS_BEFORE_INDEX = 3;

/** One edit spoils at most this many of a word's trigrams: a swap of two letters, four. */
const GRAMS_PER_EDIT = 4;

/**
 * Edits from `a` to `b`, where a letter dropped, added or changed, or two adjacent letters
 * swapped ("ploicy": policy), is one edit (optimal string alignment). Past `bound` it stops
 * and answers `bound + 1`.
 */
let rows = new Int32Array(96);

export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const width = b.length + 1;
  const over = bound + 1;
  // Three rows in one reused array (two back, one back, this one): no array is made per call.
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j += 1) {
    rows[before + j] = 0;
    rows[previous + j] = j;
  }
  for (let i = 1; i <= a.length; i += 1) {
    // Only the band |i - j| <= bound can stay within it: the cells either side read as past it.
    const from = Math.max(1, i - bound);
    const to = Math.min(b.length, i + bound);
    rows[current + from - 1] = from === 1 ? i : over;
    if (to < b.length) rows[current + to + 1] = over;
    let rowBest = from === 1 ? i : over;
    const letter = a.charCodeAt(i - 1);
    const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j += 1) {
      const other = b.charCodeAt(j - 1);
      const up = (rows[previous + j] ?? 0) + 1;
      const left = (rows[current + j - 1] ?? 0) + 1;
      const diagonal = (rows[previous + j - 1] ?? 0) + (letter === other ? 0 : 1);
      let value = up < left ? up : left;
      if (diagonal < value) value = diagonal;
      if (j > 1 && letterBefore === other && letter === b.charCodeAt(j - 2)) {
        const swapped = (rows[before + j - 2] ?? 0) + 1;
        if (swapped < value) value = swapped;
      }
      rows[current + j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > bound) return over;
    const reused = before;
    before = previous;
    previous = current;
    current = reused;
  }
  return Math.min(rows[previous + b.length] ?? 0, over);
}

/**
 * The vocabulary's trigram index proposes terms that could be within the allowed edits
 * (k edits spoil at most 4k trigrams, so a term sharing fewer cannot match), and the edit
 * distance, swaps counted as one edit, decides. Abstracts are never scanned.
 */
export class FuzzyVocabulary {
  private readonly grams = new Map<number, number[]>();
  private counts = new Uint16Array(1024);
  /** Terms [0, size) are in the vocabulary; the trigram index holds them once built. */
  private size = 0;
  private built = false;
  /** Words looked up by reading every term: a one-query run (the CLI) never builds the index. */
  private scans = 0;

  constructor(private readonly terms: readonly string[]) {}

  /** Called for each new term, in id order. */
  add(termId: number): void {
    this.size = Math.max(this.size, termId + 1);
    if (this.built) this.indexTerm(termId);
  }

  /** Whether the trigram index was built (after SCANS_BEFORE_INDEX lookups). */
  get indexed(): boolean {
    return this.built;
  }

  private indexTerm(termId: number): void {
    for (const gram of trigramKeys(this.terms[termId] ?? '')) {
      const list = this.grams.get(gram);
      if (list) list.push(termId);
      else this.grams.set(gram, [termId]);
    }
  }

  /**
   * The terms sharing at least `needed` of the word's trigrams (with how many in `counts`):
   * from the trigram index, or, for the first few words, by reading each term of a length the
   * edits allow, which costs a few ms where building the index costs a tenth of a second.
   */
  private candidates(word: string, wordGrams: readonly number[], edits: number): number[] {
    const touched: number[] = [];
    if (!this.built && this.scans < SCANS_BEFORE_INDEX) {
      this.scans += 1;
      for (let termId = 0; termId < this.size; termId += 1) {
        const term = this.terms[termId] ?? '';
        // editDistance answers past the bound for these: the index's answer is the same without them.
        if (Math.abs(term.length - word.length) > edits) continue;
        let shared = 0;
        for (const gram of trigramKeys(term)) if (wordGrams.includes(gram)) shared += 1;
        if (shared === 0) continue;
        this.counts[termId] = shared;
        touched.push(termId);
      }
      return touched;
    }
    if (!this.built) {
      this.built = true;
      for (let termId = 0; termId < this.size; termId += 1) this.indexTerm(termId);
    }
    for (const gram of wordGrams) {
      for (const termId of this.grams.get(gram) ?? []) {
        if (this.counts[termId] === 0) touched.push(termId);
        this.counts[termId] = (this.counts[termId] ?? 0) + 1;
      }
    }
    return touched;
  }

  /**
   * Terms within the allowed edits of `word` (excluding itself), nearest first, with a score
   * from 0 (perfect) to 1: the edits per letter of the word.
   */
  near(word: string, limit = 20): { termId: number; score: number }[] {
    const edits = allowedEdits(word);
    if (edits === 0) return [];
    const wordGrams = trigramKeys(word);
    const needed = Math.max(1, wordGrams.length - GRAMS_PER_EDIT * edits);
    if (this.counts.length < this.terms.length) this.counts = new Uint16Array(this.terms.length * 2);
    const touched = this.candidates(word, wordGrams, edits);
    const found: { termId: number; score: number; distance: number }[] = [];
    for (const termId of touched) {
      const term = this.terms[termId] ?? '';
      if ((this.counts[termId] ?? 0) >= needed && term !== word) {
        const distance = editDistance(word, term, edits);
        if (distance <= edits) found.push({ termId, score: distance / word.length, distance });
      }
      this.counts[termId] = 0;
    }
    found.sort((a, b) => a.distance - b.distance || a.termId - b.termId);
    return found.slice(0, limit).map(({ termId, score }) => ({ termId, score }));
  }
}
