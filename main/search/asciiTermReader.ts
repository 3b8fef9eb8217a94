import { ASCII_KIND, CAMEL_BOUNDARY, DIGIT, LOWER, UPPER } from './tokenize';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Whether `text[start, end)`, lowercased, is `term`. */
function sameTerm(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let at = 0; at < term.length; at += 1) {
    const code = text.charCodeAt(start + at);
    if ((ASCII_KIND[code] === UPPER ? code + 32 : code) !== term.charCodeAt(at)) return false;
  }
  return true;
}

/**
 * Reads an ASCII text into term ids as pushIndexTerms reads it into terms, same terms, same
 * order, without making a string per word: a word's hash is taken while it is read and looked
 * up in a table of the ids met before, compared letter by letter. A build meets some fifteen
 * million words at 100,000 papers; making, lowercasing and hashing a string for each was
 * half of it. Words not met before (and the parts of joined words) go through `termId`.
 */
export class AsciiTermReader {
  /** Term id + 1 by slot (0: empty), open addressing; the hash each was stored under. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private used = 0;
  private readonly chain: number[] = [];

  constructor(
    private readonly termText: (termId: number) => string,
    private readonly termId: (term: string) => number,
  ) {}

  /** Calls `meet` with each term's id; `text` must be ASCII. */
  read(text: string, meet: (termId: number) => void): void {
    // A hyphenated compound's words so far: chain[0, chained) (no array made or cut per word).
    const chain = this.chain;
    let chained = 0;
    let previousEnd = -1;
    const length = text.length;
    let at = 0;
    while (at < length) {
      let code = text.charCodeAt(at);
      let kind = ASCII_KIND[code] ?? 0;
      if (kind === 0) {
        at += 1;
        continue;
      }
      const start = at;
      let hash = Math.imul(FNV_OFFSET ^ (kind === UPPER ? code + 32 : code), FNV_PRIME);
      let joined = false;
      for (at += 1; at < length; at += 1) {
        code = text.charCodeAt(at);
        const next = ASCII_KIND[code] ?? 0;
        if (next === 0) break;
        // CAMEL_BOUNDARY's three: lower then capital, letter then digit, digit then letter.
        if ((kind === LOWER && next === UPPER) || (kind === DIGIT) !== (next === DIGIT)) joined = true;
        kind = next;
        hash = Math.imul(hash ^ (next === UPPER ? code + 32 : code), FNV_PRIME);
      }
      const termId = this.find(text, start, at, hash);
      meet(termId);
      if (joined)
        for (const part of text.slice(start, at).split(CAMEL_BOUNDARY)) meet(this.termId(part.toLowerCase()));
      if (previousEnd >= 0 && start - previousEnd === 1 && text.charCodeAt(previousEnd) === 0x2d) {
        chain[chained++] = termId;
        let joinedTerm = '';
        for (let link = 0; link < chained; link += 1) joinedTerm += this.termText(chain[link] ?? 0);
        meet(this.termId(joinedTerm));
        if (chained > 2) meet(this.termId(this.termText(chain[chained - 2] ?? 0) + this.termText(termId)));
      } else {
        chain[0] = termId;
        chained = 1;
      }
      previousEnd = at;
    }
  }

  /** The id of the word at `text[start, end)`, found in the table or taken from termId and kept. */
  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let stored = this.slots[slot] ?? 0; stored !== 0; stored = this.slots[slot] ?? 0) {
      if (this.hashes[slot] === hash && sameTerm(this.termText(stored - 1), text, start, end))
        return stored - 1;
      slot = (slot + 1) & mask;
    }
    const termId = this.termId(text.slice(start, end).toLowerCase());
    this.slots[slot] = termId + 1;
    this.hashes[slot] = hash;
    this.used += 1;
    if (this.used * 2 > this.slots.length) this.grow();
    return termId;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let from = 0; from < slots.length; from += 1) {
      const stored = slots[from] ?? 0;
      if (stored === 0) continue;
      let slot = (hashes[from] ?? 0) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = stored;
      this.hashes[slot] = hashes[from] ?? 0;
    }
  }
}
