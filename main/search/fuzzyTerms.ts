import Fuse from 'fuse.js';

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
 * The vocabulary's trigram index proposes terms that could be within the allowed edits
 * (k edits spoil at most 3k trigrams, so a term sharing fewer cannot match), and fuse.js
 * scores that short list. Abstracts are never scanned.
 */
export class FuzzyVocabulary {
  private readonly grams = new Map<string, number[]>();
  private counts = new Uint16Array(1024);

  constructor(private readonly terms: readonly string[]) {}

  /** Called for each new term, in id order. */
  add(termId: number): void {
    for (const gram of new Set(trigrams(this.terms[termId] ?? ''))) {
      const list = this.grams.get(gram);
      if (list) list.push(termId);
      else this.grams.set(gram, [termId]);
    }
  }

  /** Terms close to `word` (excluding itself), best first, with fuse.js's score (0 perfect, 1 none). */
  near(word: string, limit = 20): { termId: number; score: number }[] {
    const edits = allowedEdits(word);
    if (edits === 0) return [];
    const wordGrams = [...new Set(trigrams(word))];
    const needed = Math.max(1, wordGrams.length - 3 * edits);
    if (this.counts.length < this.terms.length) this.counts = new Uint16Array(this.terms.length * 2);
    const touched: number[] = [];
    for (const gram of wordGrams) {
      for (const termId of this.grams.get(gram) ?? []) {
        if (this.counts[termId] === 0) touched.push(termId);
        this.counts[termId] = (this.counts[termId] ?? 0) + 1;
      }
    }
    const candidates: number[] = [];
    for (const termId of touched) {
      const term = this.terms[termId] ?? '';
      if (
        (this.counts[termId] ?? 0) >= needed &&
        Math.abs(term.length - word.length) <= edits &&
        term !== word
      ) {
        candidates.push(termId);
      }
      this.counts[termId] = 0;
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map((termId) => this.terms[termId] ?? ''),
      { includeScore: true, ignoreLocation: true, threshold: 0.4, isCaseSensitive: true },
    );
    return fuse
      .search(word, { limit })
      .map((result) => ({ termId: candidates[result.refIndex] ?? -1, score: result.score ?? 1 }));
  }
}
