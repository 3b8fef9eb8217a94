import { PAPER_STATUSES, type PaperStatus } from '../../preload/api';
import { FuzzyVocabulary } from './fuzzyTerms';
import { parseQuery, type YearRange } from './parseQuery';
import { STOPWORDS, wordsRequired } from './stopwords';
import { NO_YEAR, REMOVED, indexDocAt, toColumns, type DocColumns } from './docColumns';
import type { IndexState, LoadedState } from './indexSnapshot';
import { ArrayPostings, type PostingSource } from './savedPostings';
import { topK, type TopK } from './topK';
import { highlight, type Range } from './highlight';
import { AsciiTermReader } from './asciiTermReader';
import { NON_ASCII, phraseText, pushIndexTerms } from './tokenize';

export interface SearchDocument {
  id: number;
  title: string;
  abstract: string;
  /** All of the paper's notes, joined. */
  notes: string;
  tags: string[];
  status: PaperStatus;
  /** The creators' names, "Given Family" or the organisation, joined by "; ". */
  authors?: string;
  year?: number | null;
  /** Journal, booktitle, school, institution or publisher: where it appeared. */
  venue?: string;
}

export type { Range } from './highlight';
export { highlight } from './highlight';

export interface SearchHit {
  id: number;
  score: number;
  /** How many of the query's free words (stopwords aside) the paper matched. */
  matchedWords: number;
  titleRanges: Range[];
}

export interface PaperHighlights {
  titleRanges: Range[];
  abstractRanges: Range[];
}

export interface SearchOptions {
  limit?: number;
  /** The sidebar's filters, combined with the query's own. */
  status?: PaperStatus;
  tag?: string;
  /**
   * False: the hits carry no title ranges and no paper is made for them; the result's `marks`
   * say what to mark, so a caller showing a few of many hits marks only those.
   */
  titleRanges?: boolean;
}

export interface TitleMarks {
  terms: string[];
  phrases: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many papers matched in all, before the limit... */
  total: number;
  /** ...or at least, when counting them all would mean checking a phrase in most of the library. */
  totalIsExact: boolean;
  problems: string[];
  /** With `titleRanges: false`: the terms the query matched and its phrases, for `highlight`. */
  marks?: TitleMarks;
}

const FIELDS = ['title', 'authors', 'tags', 'notes', 'abstract'] as const;
type Field = (typeof FIELDS)[number];
/** Postings are `document × 32 + field mask`. */
const MASK_BITS = 5;
const MASK = (1 << MASK_BITS) - 1;
/**
 * Title above authors above tags above notes above abstract. A name typed is nearly as telling
 * as a title word, but a title word still wins: "lipford" puts a paper titled so first.
 */
const FIELD_BIT: Record<Field, number> = { title: 1, authors: 2, tags: 4, notes: 8, abstract: 16 };
const FIELD_WEIGHT: Record<Field, number> = { title: 8, authors: 6, tags: 4, notes: 2, abstract: 1 };
const WEIGHT_BY_MASK = Array.from(
  { length: 1 << MASK_BITS },
  (_, mask) => FIELDS.find((field) => mask & FIELD_BIT[field]) ?? null,
).map((field) => (field ? FIELD_WEIGHT[field] : 0));
/** A word this long that is no word of the library is tried as two words written joined. */
const MIN_SPLIT_LENGTH = 6;
/** Names are what people write joined; reading abstracts for it doubled a typo's cost in the bench. */
const SPLIT_FIELDS: readonly Field[] = ['title', 'authors', 'tags'];
const SPLIT_BITS = FIELD_BIT.title | FIELD_BIT.authors | FIELD_BIT.tags;
/** Exact above prefix above fuzzy. */
const EXACT = 1;
const PREFIX = 0.75;
const FUZZY = 0.55;
const MAX_PREFIX_TERMS = 50;
/**
 * The ASCII reader's letter loop beats making strings only once it is compiled: a few hundred
 * papers (a pasted page caught up in a CLI run) go quicker through the string builtins.
 */
const READER_AFTER_ADDS = 1000;
/** A word in more than this share of papers is not expanded to its misspellings. */
const COMMON_WORD_SHARE = 0.01;
const COMMON_WORD_MIN = 50;

function fieldText(doc: SearchDocument, field: Field): string {
  if (field === 'tags') return doc.tags.join(' ');
  return field === 'authors' ? (doc.authors ?? '') : doc[field];
}

/** A paper's long texts, read by id when a phrase or a highlight needs them. */
export type TextSource = (id: number) => { abstract: string; notes: string };

export interface SearchIndexOptions {
  /** When given, abstracts and notes are indexed but not kept: they are read back from here. */
  textOf?: TextSource;
}

/**
 * An inverted index over title, tags, notes and abstract. Postings hold the document and a
 * bit mask of the fields the term is in. Documents are added and removed one at a time, so
 * an edit never rebuilds the index; removed documents are skipped until a compaction.
 */
export class SearchIndex {
  /**
   * By document index; null where removed. A loaded index leaves its papers unmade (a hole):
   * they are made from `loaded` by doc() when the query path or a hit needs one.
   */
  private docs: (SearchDocument | null | undefined)[] = [];
  /** The snapshot's columns a loaded index makes its papers from; null for a built one. */
  private loaded: DocColumns | null = null;
  /** How many papers were made from the snapshot's columns: loading makes none. */
  private made = 0;
  /** Document index by paper id; null until first asked for after a load (built from the columns then). */
  private byIdMap: Map<number, number> | null = new Map();
  /**
   * A loaded snapshot's ids up to the first out of order (a build saves them ascending; a save
   * after edits appends the papers changed), a removed paper's place holding the id before it:
   * found by binary search, and byIdMap holds only the papers after them and those added since
   * (a load builds no map of 100,000).
   */
  private columnIds: Int32Array | null = null;
  /** How many papers are in the index (not removed). */
  private count = 0;
  /**
   * The papers before this document index are in ascending id order (removed ones aside), and
   * the largest id taken in: a paper re-indexed (a status change, an edit) enters at the end, out
   * of order. Ties go by id, so a phrase-only query takes its papers by id (phraseCandidates)
   * and stops at the first a full page leaves out.
   */
  private idsAscendTo = 0;
  private maxId = -Infinity;
  /**
   * Each tag (lowercased) and the documents carrying it, so a tag filter is one lookup a paper.
   * Null until a tag is first asked for: a loaded index builds it from the columns then.
   */
  private byTagMap: Map<string, Set<number>> | null = new Map();
  /**
   * Term ids by term. The first `sortedTermCount` terms are a loaded snapshot's, sorted, and
   * found by binary search (a load builds no map of them; those met are kept here after).
   */
  private termIdMap = new Map<string, number>();
  private sortedTermCount = 0;
  private terms: string[] = [];
  /**
   * A loaded list stays a typed array until a document is added to it, and is cut from the
   * snapshot's postings only when first read (a hole until then): loading makes no view per term.
   */
  private postings: (number[] | Int32Array | undefined)[] = [];
  private savedPostings: { offsets: Uint32Array; postings: PostingSource } | null = null;
  /**
   * Postings added to a loaded list, by term id: kept apart and joined to the list when it is
   * next read, so catching up a pasted page copies no saved list of a word in every paper.
   */
  private tails = new Map<number, number[]>();
  private cut = 0;
  /** How many saved postings were copied to join what was added to a loaded list. */
  private copied = 0;
  /** For add(): per term id, the last add that met it and the fields it was met in there. */
  private adds = 0;
  private termStamps = new Uint32Array(0);
  private termMasks = new Uint8Array(0);
  private wordScratch: string[] = [];
  /** Reads ASCII texts (most) into term ids without a string per word. */
  private readonly asciiTerms = new AsciiTermReader(
    (termId) => this.terms[termId] ?? '',
    (term) => this.termId(term),
  );
  /** Built when a word is first checked for near-misses: a loaded index need not pay for it at start. */
  private fuzzy: FuzzyVocabulary | null = null;
  private sortedTerms: string[] | null = null;
  /** Terms added since sortedTerms was sorted: a few are looked through, many sort it again. */
  private unsortedTerms: string[] = [];
  private removed = 0;
  private wordScore = new Float32Array(0);
  private totalScore = new Float32Array(0);
  private coverage = new Uint8Array(0);
  private scratch = new Uint8Array(0);
  /** The documents a query's words touched, and those one word touched, in first-touch order. */
  private touchedBuffer = new Int32Array(0);
  private wordTouchedBuffer = new Int32Array(0);
  /** Per document, how many of a query's tag and author filters it passes (EXCLUDED: a -word's paper). */
  private filterMarks = new Uint32Array(0);
  private facts: DocFacts | null = null;
  private lastQuery: { query: string; matchedTerms: Set<string>; phrases: string[] } | null = null;
  private readonly textOf: TextSource | undefined;
  private lastText: { id: number; text: { abstract: string; notes: string } } | null = null;

  constructor(options: SearchIndexOptions = {}) {
    this.textOf = options.textOf;
  }

  /** How many papers this index has made from a loaded snapshot so far (they are made only when needed). */
  get papersMade(): number {
    return this.made;
  }

  /** How many terms' postings this index has cut from a loaded snapshot so far (loading cuts none). */
  get postingListsCut(): number {
    return this.cut;
  }

  /** How many papers the map by id holds: a loaded index finds its saved ones without it. */
  get papersInIdMap(): number {
    return this.byIdMap?.size ?? 0;
  }

  /** How many postings of a loaded snapshot's lists were copied to join papers added to them: none until read. */
  get postingsCopied(): number {
    return this.copied;
  }

  /** Whether document `docIndex` is in the index (not removed), made or not. */
  private alive(docIndex: number): boolean {
    const doc = this.docs[docIndex];
    if (doc !== undefined) return doc !== null;
    return this.loaded !== null && (this.loaded.statuses[docIndex] ?? REMOVED) !== REMOVED;
  }

  /** The paper id of document `docIndex`, read from the columns when it is not made. */
  private idOf(docIndex: number): number {
    return this.docs[docIndex]?.id ?? this.loaded?.ids[docIndex] ?? NaN;
  }

  /** Document `docIndex`, made from the loaded columns the first time it is asked for. */
  private doc(docIndex: number): SearchDocument | null {
    const doc = this.docs[docIndex];
    if (doc !== undefined) return doc;
    if (!this.loaded || docIndex >= this.docs.length) return null;
    const made = indexDocAt(this.loaded, docIndex);
    if (made) this.made += 1;
    this.docs[docIndex] = made;
    return made;
  }

  /** The lowercased tags of document `docIndex`, read from the columns when it is not made. */
  private tagsOf(docIndex: number): string[] {
    const doc = this.docs[docIndex];
    const columns = this.loaded;
    if (doc !== undefined || !columns) return (doc?.tags ?? []).map((tag) => tag.toLowerCase());
    const tags: string[] = [];
    const end = columns.tagStarts[docIndex + 1] ?? 0;
    for (let at = columns.tagStarts[docIndex] ?? 0; at < end; at += 1)
      tags.push((columns.tagNames[columns.tagRefs[at] ?? 0] ?? '').toLowerCase());
    return tags;
  }

  private get byTag(): Map<string, Set<number>> {
    if (this.byTagMap) return this.byTagMap;
    const byTag = new Map<string, Set<number>>();
    for (let docIndex = 0; docIndex < this.docs.length; docIndex += 1) {
      if (!this.alive(docIndex)) continue;
      for (const name of this.tagsOf(docIndex)) {
        const carrying = byTag.get(name);
        if (carrying) carrying.add(docIndex);
        else byTag.set(name, new Set([docIndex]));
      }
    }
    this.byTagMap = byTag;
    return byTag;
  }

  /** A field's text; a kept-out abstract or note is read by id (once for the fields of one paper). */
  private textIn(doc: SearchDocument, field: Field): string {
    if (!this.textOf || (field !== 'abstract' && field !== 'notes')) return fieldText(doc, field);
    if (this.lastText?.id !== doc.id) this.lastText = { id: doc.id, text: this.textOf(doc.id) };
    return this.lastText.text[field];
  }

  get size(): number {
    return this.count;
  }

  hasDocument(id: number): boolean {
    return this.docIndexOf(id) !== undefined;
  }

  /** Where paper `id` is, if it is in the index. */
  private docIndexOf(id: number): number | undefined {
    const ids = this.columnIds;
    if (!ids) return this.byId.get(id);
    const added = this.byId.get(id);
    if (added !== undefined) return added;
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ids[middle] ?? 0) < id) low = middle + 1;
      else high = middle;
    }
    return low < ids.length && ids[low] === id && this.alive(low) ? low : undefined;
  }

  /** Whether a word (normalized) is a term of the library. */
  hasTerm(term: string): boolean {
    return this.listLength(this.termIdOf(term) ?? -1) > 0;
  }

  add(doc: SearchDocument): void {
    this.remove(doc.id);
    const docIndex = this.docs.length;
    this.lastText = null;
    if (this.idsAscendTo === docIndex && doc.id >= this.maxId) this.idsAscendTo = docIndex + 1;
    if (doc.id > this.maxId) this.maxId = doc.id;
    this.docs.push(this.textOf ? { ...doc, abstract: '', notes: '' } : doc);
    this.byId.set(doc.id, docIndex);
    this.count += 1;
    // Not built yet (a loaded index): it is built from every paper, this one too, when first asked for.
    const byTag = this.byTagMap;
    if (byTag)
      for (const tag of doc.tags) {
        const name = tag.toLowerCase();
        const carrying = byTag.get(name);
        if (carrying) carrying.add(docIndex);
        else byTag.set(name, new Set([docIndex]));
      }
    // Each term once per paper, with the fields holding it, in the order first met (term ids
    // are given in that order): deduped by term id in reused arrays, not by string in a map.
    if (this.termStamps.length < this.terms.length) this.growTermScratch(this.terms.length * 2);
    const stamp = (this.adds += 1);
    const termsMet: number[] = [];
    const words = this.wordScratch;
    let bit = 0;
    const meet = (termId: number) => {
      if (this.termStamps[termId] !== stamp) {
        this.termStamps[termId] = stamp;
        this.termMasks[termId] = bit;
        termsMet.push(termId);
      } else this.termMasks[termId] = (this.termMasks[termId] ?? 0) | bit;
    };
    for (const field of FIELDS) {
      bit = FIELD_BIT[field];
      const text = fieldText(doc, field);
      if (this.adds > READER_AFTER_ADDS && !NON_ASCII.test(text)) {
        this.asciiTerms.read(text, meet);
        continue;
      }
      words.length = 0;
      pushIndexTerms(text, words);
      for (const term of words) meet(this.termId(term));
    }
    for (const termId of termsMet)
      this.growable(termId).push((docIndex << MASK_BITS) + (this.termMasks[termId] ?? 0));
  }

  /**
   * A paper's new status in place: a move between queues changes nothing else the index holds,
   * so its words are not read again, and it keeps its place (and its id order). False when the
   * paper is not in the index.
   */
  setStatus(id: number, status: PaperStatus): boolean {
    const docIndex = this.docIndexOf(id);
    const doc = docIndex === undefined ? null : this.doc(docIndex);
    if (docIndex === undefined || !doc) return false;
    this.docs[docIndex] = { ...doc, status };
    if (this.facts?.docs === this.docs && docIndex < this.facts.read)
      this.facts.status[docIndex] = STATUS_CODE.get(status) ?? 0;
    return true;
  }

  remove(id: number): void {
    const docIndex = this.docIndexOf(id);
    if (docIndex === undefined) return;
    if (this.byTagMap) for (const name of this.tagsOf(docIndex)) this.byTagMap.get(name)?.delete(docIndex);
    this.docs[docIndex] = null;
    if (this.facts?.docs === this.docs && docIndex < this.facts.read) this.facts.status[docIndex] = GONE;
    this.byId.delete(id);
    this.count -= 1;
    this.removed += 1;
    if (this.removed > 1000 && this.removed > this.docs.length / 4) this.compact();
  }

  /** The id of a term of the library, if it is one. */
  private termIdOf(term: string): number | undefined {
    const added = this.termIdMap.get(term);
    if (added !== undefined || this.sortedTermCount === 0) return added;
    // A loaded snapshot's terms are sorted, so a binary search finds them.
    const terms = this.terms;
    let low = 0;
    let high = this.sortedTermCount;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((terms[middle] ?? '') < term) low = middle + 1;
      else high = middle;
    }
    if (low >= this.sortedTermCount || terms[low] !== term) return undefined;
    // Kept, so the next paper's same word is one lookup (catching up meets each common word per paper).
    this.termIdMap.set(term, low);
    return low;
  }

  /** Term `termId`'s postings, in document order. */
  private list(termId: number): number[] | Int32Array {
    const list = this.savedList(termId);
    const tail = this.tails.get(termId);
    if (!tail) return list;
    // Added documents come after every saved one, so the tail follows the list in order.
    const joined = new Int32Array(list.length + tail.length);
    joined.set(list);
    joined.set(tail, list.length);
    this.copied += list.length;
    this.postings[termId] = joined;
    this.tails.delete(termId);
    return joined;
  }

  /**
   * How many postings term `termId` has, as list() would give them, without reading a saved
   * list from the snapshot (its offsets say): ranking a word's 300 completions reads none.
   */
  private listLength(termId: number): number {
    const list = this.postings[termId];
    const saved = this.savedPostings;
    let length = 0;
    if (list !== undefined) length = list.length;
    else if (saved && termId >= 0 && termId < this.terms.length)
      length = (saved.offsets[termId + 1] ?? 0) - (saved.offsets[termId] ?? 0);
    return length + (this.tails.get(termId)?.length ?? 0);
  }

  /** Term `termId`'s postings without what was added to a loaded list since it was read. */
  private savedList(termId: number): number[] | Int32Array {
    const list = this.postings[termId];
    if (list !== undefined) return list;
    const saved = this.savedPostings;
    if (!saved || termId < 0 || termId >= this.terms.length) return [];
    const cut = saved.postings.slice(saved.offsets[termId] ?? 0, saved.offsets[termId + 1] ?? 0);
    this.postings[termId] = cut;
    this.cut += 1;
    return cut;
  }

  private termId(term: string): number {
    let id = this.termIdOf(term);
    if (id === undefined) {
      id = this.terms.length;
      // A loaded index's sorted terms are its terms' array: kept apart from the terms added after.
      if (this.sortedTerms === this.terms) this.sortedTerms = this.terms.slice();
      this.terms.push(term);
      if (id >= this.termStamps.length) this.growTermScratch(id * 2);
      this.postings.push([]);
      this.termIdMap.set(term, id);
      this.fuzzy?.add(id);
      if (this.sortedTerms) this.unsortedTerms.push(term);
    }
    return id;
  }

  /** Room in add()'s per-term arrays for `size` terms. */
  private growTermScratch(size: number): void {
    const stamps = new Uint32Array(Math.max(1024, size));
    stamps.set(this.termStamps);
    this.termStamps = stamps;
    const masks = new Uint8Array(stamps.length);
    masks.set(this.termMasks);
    this.termMasks = masks;
  }

  private vocabulary(): FuzzyVocabulary {
    if (this.fuzzy) return this.fuzzy;
    const fuzzy = new FuzzyVocabulary(this.terms);
    for (let termId = 0; termId < this.terms.length; termId += 1) fuzzy.add(termId);
    this.fuzzy = fuzzy;
    return fuzzy;
  }

  /** Where a posting is added: the list itself, or a loaded list's tail (the saved list is not read for it). */
  private growable(termId: number): number[] {
    const list = this.postings[termId];
    if (Array.isArray(list)) return list;
    if (list === undefined && !this.savedPostings) {
      const made: number[] = [];
      this.postings[termId] = made;
      return made;
    }
    let tail = this.tails.get(termId);
    if (!tail) {
      tail = [];
      this.tails.set(termId, tail);
    }
    return tail;
  }

  /**
   * Drops removed documents for good, after many removals: the postings are renumbered, not
   * rebuilt from the text (which may not be in memory). Terms left without papers stay.
   */
  private compact(): void {
    this.readAllPostings();
    const newIndex = new Int32Array(this.docs.length).fill(-1);
    const alive: SearchDocument[] = [];
    for (let docIndex = 0; docIndex < this.docs.length; docIndex += 1) {
      const doc = this.doc(docIndex);
      if (doc) newIndex[docIndex] = alive.push(doc) - 1;
    }
    this.postings = this.terms.map((_, termId) => {
      const list = this.list(termId);
      const kept: number[] = [];
      for (const posting of list) {
        const to = newIndex[posting >> MASK_BITS] ?? -1;
        if (to >= 0) kept.push((to << MASK_BITS) + (posting & MASK));
      }
      return kept;
    });
    this.docs = alive;
    this.loaded = null;
    this.idsAscendTo = alive.length;
    this.maxId = -Infinity;
    alive.forEach((doc, docIndex) => {
      if (doc.id <= this.maxId) this.idsAscendTo = Math.min(this.idsAscendTo, docIndex);
      else this.maxId = doc.id;
    });
    this.columnIds = null;
    this.savedPostings = null;
    this.tails.clear();
    this.removed = 0;
    this.reindexDocs();
  }

  /** Reads every saved list back from its file and checks it; throws SnapshotUnreadable when it is damaged. */
  checkSaved(): void {
    this.savedPostings?.postings.all();
  }

  /** Every saved list at once, read in one go rather than a read of the file per term. */
  private readAllPostings(): void {
    const saved = this.savedPostings;
    if (saved && !(saved.postings instanceof ArrayPostings))
      this.savedPostings = { offsets: saved.offsets, postings: new ArrayPostings(saved.postings.all()) };
  }

  /** byId and byTag are built again when next asked for. */
  private reindexDocs(): void {
    this.byIdMap = null;
    this.byTagMap = null;
  }

  /** byId from the documents (the loaded columns' ids where unmade). */
  private get byId(): Map<number, number> {
    if (this.byIdMap) return this.byIdMap;
    const byId = new Map<number, number>();
    const ids = this.loaded?.ids;
    for (let docIndex = 0; docIndex < this.docs.length; docIndex += 1) {
      if (!this.alive(docIndex)) continue;
      byId.set(this.docs[docIndex]?.id ?? ids?.[docIndex] ?? 0, docIndex);
    }
    this.byIdMap = byId;
    return byId;
  }

  /**
   * What a snapshot saves: no abstracts or notes, so only an index that reads them by id has one.
   * Terms are saved sorted, so a loaded index finds prefixes without sorting them again.
   */
  exportState(): IndexState {
    this.readAllPostings();
    const order = this.terms
      .map((_, termId) => termId)
      .sort((a, b) => compareTerms(this.terms[a], this.terms[b]));
    let count = 0;
    for (let termId = 0; termId < this.terms.length; termId += 1) count += this.list(termId).length;
    const offsets = new Uint32Array(order.length + 1);
    const postings = new Int32Array(count);
    let at = 0;
    order.forEach((termId, position) => {
      const list = this.list(termId);
      offsets[position] = at;
      postings.set(list, at);
      at += list.length;
    });
    offsets[order.length] = at;
    const docs = toColumns(
      Array.from(this.docs, (_, docIndex) => {
        const doc = this.doc(docIndex);
        return doc
          ? {
              id: doc.id,
              title: doc.title,
              status: doc.status,
              tags: doc.tags,
              authors: doc.authors ?? '',
              year: doc.year ?? null,
              venue: doc.venue ?? '',
            }
          : null;
      }),
    );
    const terms = order.map((termId) => this.terms[termId] ?? '');
    return { terms, offsets, postings, docs, removed: this.removed };
  }

  /** An index as saved, reading abstracts and notes from `textOf`. It takes the state's arrays as its own. */
  static fromState(state: IndexState | LoadedState, textOf: TextSource): SearchIndex {
    const index = new SearchIndex({ textOf });
    // Papers are made from the columns when asked for: loading makes none (holes until then).
    // Filled, not left as holes: V8 makes a hash table of a large `new Array(n)` at its first push
    // (a paper added), and every read of a paper by position would then be a lookup in it.
    index.docs = new Array<SearchDocument | null | undefined>(state.docs.ids.length).fill(undefined);
    index.loaded = state.docs;
    const { statuses } = state.docs;
    for (let docIndex = 0; docIndex < statuses.length; docIndex += 1)
      if (statuses[docIndex] !== REMOVED) index.count += 1;
    index.removed = state.removed;
    index.terms = state.terms;
    index.sortedTerms = state.terms;
    // Term ids are positions in the sorted terms, found by binary search; lists are cut when read.
    index.sortedTermCount = state.terms.length;
    index.postings = new Array<Int32Array | undefined>(state.terms.length).fill(undefined);
    const { postings } = state;
    index.savedPostings = {
      offsets: state.offsets,
      postings: postings instanceof Int32Array ? new ArrayPostings(postings) : postings,
    };
    index.reindexDocs();
    const { columnIds, byId, maxId } = idsForSearch(state.docs.ids, statuses);
    index.columnIds = columnIds;
    index.byIdMap = byId;
    index.idsAscendTo = columnIds.length;
    index.maxId = maxId;
    return index;
  }

  /** Every term that starts with `prefix`, itself included, in order. */
  private termsStartingWith(prefix: string): string[] {
    const unsorted = this.unsortedTerms;
    if (!this.sortedTerms || unsorted.length > Math.max(1000, this.sortedTerms.length >> 3)) {
      this.sortedTerms = [...this.terms].sort();
      this.unsortedTerms = [];
    }
    const sorted = this.sortedTerms;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let at = low; at < sorted.length && sorted[at]?.startsWith(prefix); at += 1)
      found.push(sorted[at] ?? '');
    if (this.unsortedTerms.length === 0) return found;
    // A few terms added since the sort (a pasted page's new words): looked through, not sorted in.
    for (const term of this.unsortedTerms) if (term.startsWith(prefix)) found.push(term);
    return found.sort();
  }

  /** Documents whose creators hold every word, each whole or as the start of a name, in library order. */
  private docsByAuthor(words: readonly string[]): Int32Array {
    this.ensureBuffers();
    const seen = this.scratch;
    let result: number[] | null = null;
    for (const word of new Set(words)) {
      // In `seen`: 1 for the papers still in the running, 2 once this word was found in them.
      if (result) for (const docIndex of result) seen[docIndex] = 1;
      const docs: number[] = [];
      for (const term of this.termsStartingWith(word)) {
        const list = this.list(this.termIdOf(term) ?? -1);
        for (let at = 0; at < list.length; at += 1) {
          const posting = list[at] ?? 0;
          const docIndex = posting >> MASK_BITS;
          if ((posting & FIELD_BIT.authors) === 0 || seen[docIndex] === 2) continue;
          if (result !== null && seen[docIndex] !== 1) continue;
          seen[docIndex] = 2;
          docs.push(docIndex);
        }
      }
      for (const docIndex of docs) seen[docIndex] = 0;
      if (result) for (const docIndex of result) seen[docIndex] = 0;
      result = docs;
    }
    const found = Int32Array.from(result ?? []);
    // Several names of one start ("kato", "katonen") interleave; one name's papers are in order already.
    for (let at = 1; at < found.length; at += 1)
      if ((found[at] ?? 0) < (found[at - 1] ?? 0)) return found.sort();
    return found;
  }

  private prefixTerms(word: string): number[] {
    if (word.length < 3) return [];
    const ids: number[] = [];
    for (const term of this.termsStartingWith(word)) if (term !== word) ids.push(this.termIdOf(term) ?? -1);
    // Many completions (a two-letter start): keep the ones in the most papers.
    if (ids.length > MAX_PREFIX_TERMS) {
      ids.sort((a, b) => this.listLength(b) - this.listLength(a));
      ids.length = MAX_PREFIX_TERMS;
    }
    return ids;
  }

  /**
   * The terms a query word stands for, each with how good a match it is. The last word may
   * still be being typed, so it also stands for its completions; an earlier word does only
   * when it is no word of the library. A word in many papers is taken as spelled right.
   */
  private expand(word: string, isLast: boolean): Map<number, number> {
    const expansion = new Map<number, number>();
    const exact = this.termIdOf(word);
    if (exact !== undefined) expansion.set(exact, EXACT);
    if (isLast || exact === undefined) for (const id of this.prefixTerms(word)) expansion.set(id, PREFIX);
    const common = exact !== undefined && this.listLength(exact) > this.commonThreshold();
    if (!common) {
      for (const { termId, score } of this.vocabulary().near(word)) {
        if (!expansion.has(termId)) expansion.set(termId, FUZZY * (1 - score));
      }
    }
    return expansion;
  }

  /** A word in more papers than this is taken as spelled right, and whole. */
  private commonThreshold(): number {
    return Math.max(COMMON_WORD_MIN, COMMON_WORD_SHARE * this.size);
  }

  private ensureBuffers(): void {
    if (this.wordScore.length >= this.docs.length) return;
    const size = Math.max(1024, this.docs.length * 2);
    this.wordScore = new Float32Array(size);
    this.totalScore = new Float32Array(size);
    this.coverage = new Uint8Array(size);
    this.scratch = new Uint8Array(size);
    this.touchedBuffer = new Int32Array(size);
    this.wordTouchedBuffer = new Int32Array(size);
    this.filterMarks = new Uint32Array(size);
  }

  /**
   * Title lengths, years and statuses as typed arrays, so ranking a hundred thousand candidates
   * reads no document. Derived from `docs` when first needed: documents are only appended or
   * set to null, so new ones are read as they come, and a new `docs` array (a compaction, a
   * loaded snapshot) is read afresh.
   */
  private docFacts(): DocFacts {
    const docs = this.docs;
    if (this.facts?.docs !== docs) this.facts = { docs, read: 0, ...newFacts(0) };
    const facts = this.facts;
    if (facts.read === docs.length) return facts;
    if (facts.titleLength.length < docs.length) {
      const grown = newFacts(Math.max(1024, docs.length * 2));
      grown.id.set(facts.id);
      grown.titleLength.set(facts.titleLength);
      grown.year.set(facts.year);
      grown.status.set(facts.status);
      grown.ascii.set(facts.ascii);
      Object.assign(facts, grown);
    }
    readFacts(docs, this.loaded, facts);
    return facts;
  }

  /**
   * Marks the papers the tag, author and -word filters keep, and returns the mark a kept
   * paper carries (0: no such filter). Clear with clearMarks(kept).
   */
  private markFilters(
    tags: readonly string[],
    byAuthor: Int32Array | null,
    excluded: readonly string[],
  ): number {
    const marks = this.filterMarks;
    let need = 0;
    for (const tag of tags) {
      need += 1;
      for (const docIndex of this.byTag.get(tag) ?? []) marks[docIndex] = (marks[docIndex] ?? 0) + 1;
    }
    if (byAuthor) {
      need += 1;
      for (const docIndex of byAuthor) marks[docIndex] = (marks[docIndex] ?? 0) + 1;
    }
    for (const term of excluded) {
      const list = this.list(this.termIdOf(term) ?? -1);
      for (let at = 0; at < list.length; at += 1) marks[(list[at] ?? 0) >> MASK_BITS] = EXCLUDED;
    }
    return need === 0 && excluded.length === 0 ? 0 : need;
  }

  private clearMarks(
    tags: readonly string[],
    byAuthor: Int32Array | null,
    excluded: readonly string[],
  ): void {
    const marks = this.filterMarks;
    for (const tag of tags) for (const docIndex of this.byTag.get(tag) ?? []) marks[docIndex] = 0;
    for (const docIndex of byAuthor ?? []) marks[docIndex] = 0;
    for (const term of excluded) {
      const list = this.list(this.termIdOf(term) ?? -1);
      for (let at = 0; at < list.length; at += 1) marks[(list[at] ?? 0) >> MASK_BITS] = 0;
    }
  }

  /**
   * For each word, the library's terms it makes when joined to the word before or after it:
   * "efficient zero" finds "Efficientzero" as a match of both words.
   */
  private joinedNeighbours(words: readonly string[]): Map<string, number[]> {
    const joined = new Map<string, number[]>();
    for (let at = 0; at + 1 < words.length; at += 1) {
      const [left, right] = [words[at] ?? '', words[at + 1] ?? ''];
      const termId = this.termIdOf(left + right);
      if (termId === undefined) continue;
      for (const word of [left, right]) joined.set(word, [...(joined.get(word) ?? []), termId]);
    }
    return joined;
  }

  /**
   * Adds each document's best match for each word to its score; returns the documents touched.
   * Stopwords come last, exact only, and only add to documents the other words found.
   */
  private scoreWords(words: readonly string[], matchedTerms: Set<string>, kept: number): Int32Array {
    this.ensureBuffers();
    // Papers a tag, author or -word filter leaves out are not scored (see markFilters).
    const { wordScore, totalScore, coverage, filterMarks: marks } = this;
    const touched = this.touchedBuffer;
    const wordTouched = this.wordTouchedBuffer;
    const sums: Sums = {
      wordScore,
      totalScore,
      coverage,
      filterMarks: marks,
      wordTouchedBuffer: wordTouched,
    };
    let touchedCount = 0;
    const joined = this.joinedNeighbours(words);
    const unique = [...new Set(words)];
    const content = unique.filter((word) => !STOPWORDS.has(word));
    const onlyStopwords = content.length === 0;
    const ordered = onlyStopwords ? unique : [...content, ...unique.filter((word) => STOPWORDS.has(word))];
    for (const word of ordered) {
      const isStop = !onlyStopwords && STOPWORDS.has(word);
      // Each document's best match for this word, in wordScore; the documents, in wordTouched.
      let wordCount = 0;
      const expansion = isStop ? this.exactOnly(word) : this.expand(word, word === words.at(-1));
      for (const termId of joined.get(word) ?? []) expansion.set(termId, EXACT);
      for (const [termId, quality] of expansion) {
        const list = this.list(termId);
        if (list.length > 0) matchedTerms.add(this.terms[termId] ?? '');
        wordCount = scorePostings(list, quality, isStop, kept, sums, wordCount);
      }
      const split = isStop ? null : this.splitMatches(word);
      if (split && split.size > 0) matchedTerms.add(word);
      for (const [docIndex, weight] of split ?? []) {
        if (marks[docIndex] !== kept) continue;
        const best = wordScore[docIndex] ?? 0;
        if (best === 0) wordTouched[wordCount++] = docIndex;
        if (EXACT * weight > best) wordScore[docIndex] = EXACT * weight;
      }
      for (let at = 0; at < wordCount; at += 1) {
        const docIndex = wordTouched[at] ?? 0;
        if (coverage[docIndex] === 0) touched[touchedCount++] = docIndex;
        if (!isStop) coverage[docIndex] = (coverage[docIndex] ?? 0) + 1;
        totalScore[docIndex] = (totalScore[docIndex] ?? 0) + (wordScore[docIndex] ?? 0);
        wordScore[docIndex] = 0;
      }
    }
    return touched.subarray(0, touchedCount);
  }

  private exactOnly(word: string): Map<number, number> {
    const exact = this.termIdOf(word);
    return new Map(exact === undefined ? [] : [[exact, EXACT]]);
  }

  /**
   * A word that is no word of the library, or not a common one, read as two words written joined: the papers where
   * they stand next to each other, apart or hyphenated ("samplefactory": Sample Factory), in a
   * title, the authors or the tags, with the weight of the best of those fields.
   */
  private splitMatches(word: string): Map<number, number> {
    const found = new Map<number, number>();
    // A joined word of the library ("ZetaNet") is split too ("Zeta Net"), unless it is common.
    const termId = this.termIdOf(word);
    const common = this.listLength(termId ?? -1) > this.commonThreshold();
    if (word.length < MIN_SPLIT_LENGTH || common) return found;
    // A word of the library is cut only into parts of three letters or more: fewer stray pairs to check.
    const shortest = termId === undefined ? 2 : 3;
    for (let cut = shortest; cut <= word.length - shortest; cut += 1) {
      const [left, right] = [word.slice(0, cut), word.slice(cut)];
      if (this.termIdOf(left) === undefined || this.termIdOf(right) === undefined) continue;
      const test = phraseTest(`${left} ${right}`);
      for (const posting of this.docsWithAllInOrder([left, right])) {
        // Only a field holding both words can hold them side by side: most papers need no test.
        const fields = posting & SPLIT_BITS;
        if (fields === 0) continue;
        const docIndex = posting >> MASK_BITS;
        const doc = this.doc(docIndex);
        const field = doc
          ? SPLIT_FIELDS.find((each) => fields & FIELD_BIT[each] && test(fieldText(doc, each)))
          : undefined;
        if (field) found.set(docIndex, Math.max(found.get(docIndex) ?? 0, FIELD_WEIGHT[field]));
      }
    }
    return found;
  }

  /**
   * Documents holding every one of the terms, in library order (from document `fromDoc` up to
   * `toDoc`), found as they are asked for: a phrase-only query stops once its page is full, so
   * it walks only the start of the lists. Postings are in document order, so each longer list is
   * searched from where it was left. Each comes as a posting: the document and the fields that
   * hold every term. With `byId`, the `later` postings (sorted by id) are merged in by id.
   */
  private *docsWithAllInOrder(
    terms: readonly string[],
    fromDoc = 0,
    toDoc = Infinity,
    byId: { later: readonly number[]; ids: Float64Array } | null = null,
  ): Generator<number> {
    const lists = [...new Set(terms)]
      .map((term) => this.list(this.termIdOf(term) ?? -1))
      .sort((a, b) => a.length - b.length);
    const [shortest, ...others] = lists;
    if (!shortest || shortest.length === 0) return;
    const from = new Int32Array(others.length);
    const start = fromDoc > 0 ? firstAtLeast(shortest, fromDoc << MASK_BITS, 0) : 0;
    const later = byId?.later ?? [];
    const ids = byId?.ids;
    let laterAt = 0;
    for (let next = start; next < shortest.length; next += 1) {
      const posting = shortest[next] ?? 0;
      const docIndex = posting >> MASK_BITS;
      if (docIndex >= toDoc) break;
      let fields = posting & MASK;
      let everywhere = true;
      for (let which = 0; which < others.length && everywhere; which += 1) {
        const list = others[which] ?? [];
        const at = firstAtLeast(list, docIndex << MASK_BITS, from[which] ?? 0);
        from[which] = at;
        const found = list[at] ?? -1;
        everywhere = found >> MASK_BITS === docIndex && at < list.length;
        fields &= found;
      }
      if (!everywhere) continue;
      if (ids && laterAt < later.length) {
        const id = ids[docIndex] ?? 0;
        while (laterAt < later.length && (ids[(later[laterAt] ?? 0) >> MASK_BITS] ?? 0) < id)
          yield later[laterAt++] ?? 0;
      }
      yield (docIndex << MASK_BITS) + fields;
    }
    while (laterAt < later.length) yield later[laterAt++] ?? 0;
  }

  /**
   * A phrase-only query's candidates by id (`ids`: by document index), so the walk stops at the
   * first a full page leaves out: the papers re-indexed after those in id order (few) are
   * sorted by id and merged into them.
   */
  private phraseCandidates(terms: readonly string[], ids: Float64Array): Iterable<number> {
    const ordered = this.idsAscendTo;
    if (ordered >= this.docs.length) return this.docsWithAllInOrder(terms);
    const later = Array.from(this.docsWithAllInOrder(terms, ordered));
    later.sort((a, b) => (ids[a >> MASK_BITS] ?? 0) - (ids[b >> MASK_BITS] ?? 0));
    return this.docsWithAllInOrder(terms, 0, ordered, { later, ids });
  }

  /** Documents holding every one of the terms exactly (for phrases and exclusions). */
  private docsWithAll(terms: readonly string[]): number[] {
    const lists = [...new Set(terms)].map((term) => {
      const id = this.termIdOf(term);
      return id === undefined ? [] : this.list(id);
    });
    if (lists.length === 0 || lists.some((list) => list.length === 0)) return [];
    if (lists.length === 1) return Array.from(lists[0] ?? [], (posting) => posting >> MASK_BITS);
    this.ensureBuffers();
    const seen = this.scratch;
    for (const list of lists)
      for (const posting of list) seen[posting >> MASK_BITS] = (seen[posting >> MASK_BITS] ?? 0) + 1;
    const all: number[] = [];
    for (const posting of lists[0] ?? []) {
      if (seen[posting >> MASK_BITS] === lists.length) all.push(posting >> MASK_BITS);
    }
    for (const list of lists) for (const posting of list) seen[posting >> MASK_BITS] = 0;
    return all;
  }

  /** Whether a field holds the phrase; a long text is scanned for non-ASCII letters only the first time. */
  private fieldHolds(test: PhraseTest, doc: SearchDocument, docIndex: number, field: Field): boolean {
    const text = this.textIn(doc, field);
    const bits = LONG_TEXT_BITS[field];
    if (!bits) return test(text);
    const facts = this.docFacts();
    let known = facts.ascii[docIndex] ?? 0;
    if ((known & bits[0]) === 0) {
      known |= bits[0] | (NON_ASCII.test(text) ? 0 : bits[1]);
      facts.ascii[docIndex] = known;
    }
    return test(text, (known & bits[1]) !== 0);
  }

  /**
   * Whether the paper holds every phrase: 'text' when that depends on an abstract or note the
   * index does not keep (reading it by id costs a statement, so it is left for papers that
   * could make the page).
   */
  private phraseVerdict(
    doc: SearchDocument,
    docIndex: number,
    filters: Filters,
    wordFields: number,
  ): 'yes' | 'no' | 'text' {
    const { phrases } = filters;
    if (phrases.length === 0) return 'yes';
    if (filters.phraseDocs && !filters.phraseDocs.has(docIndex)) return 'no';
    // One phrase can only be in a field holding all its words; of several, each in its own field.
    const fields = phrases.length === 1 ? wordFields : MASK;
    if (this.holdsAll(phrases, doc, docIndex, fields & SPLIT_BITS)) return 'yes';
    const rest = phrases.length === 1 ? fields & ~SPLIT_BITS : fields;
    if (rest === 0) return 'no';
    if (this.textOf) return 'text';
    return this.holdsAll(phrases, doc, docIndex, rest) ? 'yes' : 'no';
  }

  /** Whether each phrase is in one of the fields (a mask of FIELD_BIT): plain loops, run for thousands of papers. */
  private holdsAll(
    phrases: readonly PhraseTest[],
    doc: SearchDocument,
    docIndex: number,
    fields: number,
  ): boolean {
    for (const test of phrases) {
      let found = false;
      for (const field of FIELDS) {
        if ((fields & FIELD_BIT[field]) !== 0 && this.fieldHolds(test, doc, docIndex, field)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const parsed = parseQuery(query);
    const statuses = new Set<PaperStatus>(parsed.statuses);
    if (options.status) {
      // The sidebar's queue and a status: in the query must both hold.
      if (statuses.size > 0 && !statuses.has(options.status)) {
        return { hits: [], total: 0, totalIsExact: true, problems: parsed.problems };
      }
      statuses.clear();
      statuses.add(options.status);
    }
    const tags = [...parsed.tags, ...(options.tag ? [options.tag] : [])].map((tag) => tag.toLowerCase());
    const phrases = parsed.phrases.map(phraseTest);
    const filters: Filters = {
      statuses,
      tags,
      phrases,
      // With free words, papers without every word of the phrases are dropped before any text is read.
      phraseDocs:
        phrases.length > 0 && parsed.words.length > 0
          ? new Set(this.docsWithAll(parsed.phrases.flatMap((phrase) => phrase.split(' '))))
          : null,
      years: parsed.years,
      venues: parsed.venues.map(phraseTest),
    };
    const byAuthor = parsed.authors.length > 0 ? this.docsByAuthor(parsed.authors) : null;

    const matchedTerms = new Set<string>();
    const contentWords = new Set(parsed.words.filter((word) => !STOPWORDS.has(word))).size;
    const required = wordsRequired(contentWords);
    // A pasted title: the paper whose title is the query, word for word, comes first.
    const queryText = parsed.words.length >= 3 ? parsed.words.join(' ') : null;
    this.ensureBuffers();
    const facts = this.docFacts();
    const marks = this.filterMarks;
    const kept = this.markFilters(tags, byAuthor, parsed.excluded);
    let statusMask = 0;
    for (const status of statuses) statusMask |= 1 << (STATUS_CODE.get(status) ?? 0);
    const { years, venues } = filters;
    const scored = parsed.words.length > 0;

    const limit = options.limit ?? 100;
    const best = topK<Kept>(limit, isBetter);
    // Without free words the order is by id: once the page is full, a phrase need not be checked
    // in every remaining paper just to count them.
    const stopEarly = parsed.words.length === 0 && phrases.length > 0;
    const phraseWords = parsed.phrases.flatMap((phrase) => phrase.split(' '));
    let total = 0;
    let totalIsExact = true;
    try {
      let candidates: Iterable<number>;
      if (parsed.words.length > 0) candidates = this.scoreWords(parsed.words, matchedTerms, kept);
      else if (parsed.phrases.length > 0) candidates = this.phraseCandidates(phraseWords, facts.id);
      else if (byAuthor) candidates = byAuthor;
      else {
        const all: number[] = [];
        for (let docIndex = 0; docIndex < this.docs.length; docIndex += 1)
          if (this.alive(docIndex)) all.push(docIndex);
        candidates = Int32Array.from(all);
      }
      // The filters read typed arrays and marks, and a document only when a venue or phrase asks:
      // most candidates of a common word are counted and passed over without an object read or made.
      // Indexed when an array: a for-of over candidates of three kinds costs more than the work done for each.
      const array = candidates instanceof Int32Array ? candidates : null;
      // Nothing to read from a paper: decided from typed arrays alone, in a small function.
      const plain = array !== null && venues.length === 0 && phrases.length === 0 && queryText === null;
      if (plain) {
        const ranking: Ranking = { facts, marks, kept, statusMask, years, scored, required, limit };
        total = rankFromFacts(array, ranking, this.totalScore, this.coverage, best);
      }
      const iterator = array ? null : candidates[Symbol.iterator]();
      for (let at = 0; !plain; at += 1) {
        let docIndex: number;
        // The fields that hold every word of the phrases: known on the phrase-only path.
        let fields = MASK;
        if (array) {
          if (at >= array.length) break;
          docIndex = array[at] ?? 0;
        } else {
          const step = iterator?.next();
          if (!step || step.done) break;
          docIndex = step.value >> MASK_BITS;
          fields = step.value & MASK;
        }
        if (stopEarly && total >= limit) {
          totalIsExact = false;
          // The page is full and the papers come by id (phraseCandidates): one whose id it leaves
          // out leaves out all after it. (A removed paper's may read 0: it is passed over below.)
          const worst = best.worst();
          if (worst === undefined || !((facts.id[docIndex] ?? 0) < worst.id)) break;
        }
        const score = this.totalScore[docIndex] ?? 0;
        const matched = this.coverage[docIndex] ?? 0;
        this.totalScore[docIndex] = 0;
        this.coverage[docIndex] = 0;
        if (scored && matched < required) continue;
        if (marks[docIndex] !== kept || !this.alive(docIndex)) continue;
        if (statusMask !== 0 && ((statusMask >> (facts.status[docIndex] ?? 0)) & 1) === 0) continue;
        if (years.length > 0 && !inYears(facts.year[docIndex] ?? NaN, years)) continue;
        // The paper is made (from a loaded snapshot) only when a venue, a phrase or a pasted title asks.
        const needsDoc =
          venues.length > 0 || phrases.length > 0 || (queryText !== null && matched === contentWords);
        const doc = needsDoc ? (this.doc(docIndex) as SearchDocument) : null;
        if (doc && venues.length > 0 && !venues.every((test) => test(doc.venue ?? ''))) continue;
        const verdict = doc ? this.phraseVerdict(doc, docIndex, filters, fields) : 'yes';
        if (verdict === 'no') continue;
        const sameTitle =
          doc !== null && queryText !== null && matched === contentWords && isTitle(doc.title, queryText);
        const titleLength = scored ? (facts.titleLength[docIndex] ?? 0) : 0;
        const worst = best.worst();
        const accepted =
          limit > 0 &&
          (worst === undefined || beats(sameTitle, matched, score, titleLength, docIndex, facts.id, worst));
        if (verdict === 'text') {
          // Not read: it could not make the page, so it is only not counted (the total is a floor).
          if (!accepted) {
            totalIsExact = false;
            continue;
          }
          const holds = (test: PhraseTest) =>
            doc !== null && FIELDS.some((field) => this.fieldHolds(test, doc, docIndex, field));
          if (!filters.phrases.every(holds)) continue;
        }
        total += 1;
        if (accepted) {
          const id = facts.id[docIndex] ?? 0;
          best.offer({ docIndex, id, score, matched, sameTitle, titleLength });
        }
      }
    } finally {
      this.clearMarks(tags, byAuthor, parsed.excluded);
    }
    this.lastQuery = { query, matchedTerms, phrases: parsed.phrases };
    if (options.titleRanges === false) {
      const hits = best.sorted().map(({ docIndex, score, matched }) => ({
        id: this.idOf(docIndex),
        score,
        matchedWords: matched,
        titleRanges: [],
      }));
      const marks = { terms: [...matchedTerms], phrases: parsed.phrases };
      return { hits, total, totalIsExact, problems: parsed.problems, marks };
    }
    const hits = best.sorted().map(({ docIndex, score, matched }) => {
      const doc = this.doc(docIndex) as SearchDocument;
      // A phrase's words are marked only where the phrase is: a title without it needs no tokenizing.
      const marked = matchedTerms.size > 0 || phrases.some((test) => test(doc.title));
      const titleRanges = marked ? highlight(doc.title, matchedTerms, parsed.phrases) : [];
      return { id: doc.id, score, matchedWords: matched, titleRanges };
    });
    return { hits, total, totalIsExact, problems: parsed.problems };
  }

  /** Where a query's matches are in one paper's title and abstract, for the detail pane. */
  highlightPaper(id: number, query: string): PaperHighlights {
    const docIndex = this.docIndexOf(id);
    const doc = docIndex === undefined ? null : this.doc(docIndex);
    if (!doc) return { titleRanges: [], abstractRanges: [] };
    if (this.lastQuery?.query !== query) this.search(query, { limit: 1 });
    const { matchedTerms, phrases } = this.lastQuery ?? { matchedTerms: new Set<string>(), phrases: [] };
    return {
      titleRanges: highlight(doc.title, matchedTerms, phrases),
      abstractRanges: highlight(this.textIn(doc, 'abstract'), matchedTerms, phrases),
    };
  }
}

/**
 * A loaded index's ids as docIndexOf searches them: the longest start in which the papers' ids
 * ascend, a removed paper's place (id 0 in the columns) holding the id before it so the start
 * stays sorted; the papers after it by id in a map.
 */
function idsForSearch(
  ids: Int32Array,
  statuses: Uint8Array,
): { columnIds: Int32Array; byId: Map<number, number>; maxId: number } {
  const sorted = new Int32Array(ids.length);
  let last = 0;
  let end = 0;
  for (; end < ids.length; end += 1) {
    if (statuses[end] === REMOVED) {
      sorted[end] = last;
      continue;
    }
    const id = ids[end] ?? 0;
    if (id <= last) break;
    sorted[end] = last = id;
  }
  const byId = new Map<number, number>();
  let maxId = last;
  for (let docIndex = end; docIndex < ids.length; docIndex += 1) {
    if (statuses[docIndex] === REMOVED) continue;
    const id = ids[docIndex] ?? 0;
    byId.set(id, docIndex);
    if (id > maxId) maxId = id;
  }
  return { columnIds: sorted.subarray(0, end), byId, maxId };
}

/** The first place at or after `from` where the sorted list holds `value` or more (galloping). */
function firstAtLeast(list: ArrayLike<number>, value: number, from: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < list.length && (list[high] ?? 0) < value) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const STATUS_CODE = new Map<PaperStatus, number>(PAPER_STATUSES.map((status, code) => [status, code]));
/** The mark of a paper a -word leaves out: no count of filters reaches it. */
const EXCLUDED = 0xffffffff;

interface DocFacts {
  /** The `docs` array these were read from, and how far. */
  docs: readonly (SearchDocument | null | undefined)[];
  read: number;
  /** The paper's id: ties go by it (compared only on a tie). */
  id: Float64Array;
  titleLength: Uint32Array;
  /** NaN: no year. */
  year: Float32Array;
  status: Uint8Array;
  /** Per long field (LONG_TEXT_BITS), whether its text was seen and was all ASCII: a phrase's second scan is skipped. */
  ascii: Uint8Array;
}

function newFacts(size: number): Pick<DocFacts, 'id' | 'titleLength' | 'year' | 'status' | 'ascii'> {
  return {
    id: new Float64Array(size),
    titleLength: new Uint32Array(size),
    year: new Float32Array(size),
    status: new Uint8Array(size),
    ascii: new Uint8Array(size),
  };
}

/** DocFacts.status of a removed paper (as in the snapshot's columns): no status bit of a query matches it. */
const GONE = REMOVED;

/**
 * The facts of the documents not read yet: a paper not made is read from the loaded columns,
 * making no object. A function of its own, for the reason scorePostings is.
 */
function readFacts(
  docs: readonly (SearchDocument | null | undefined)[],
  columns: DocColumns | null,
  facts: DocFacts,
): void {
  const { id, titleLength, year, status } = facts;
  let from = facts.read;
  const end = columns ? Math.min(docs.length, columns.ids.length) : 0;
  if (columns && from < end) {
    // The loaded papers' ids, statuses and years are the columns' own: copied whole (a native copy,
    // where a one-query CLI run would loop over 100,000 papers in code not yet compiled); a
    // paper made from them since holds the same but for a status moved since (setStatus), and
    // one removed is marked below.
    id.set(columns.ids.subarray(from, end), from);
    status.set(columns.statuses.subarray(from, end), from);
    year.set(columns.years.subarray(from, end), from);
    const starts = columns.titles.starts;
    for (let docIndex = from; docIndex < end; docIndex += 1) {
      titleLength[docIndex] = (starts[docIndex + 1] ?? 0) - (starts[docIndex] ?? 0);
      if (year[docIndex] === NO_YEAR) year[docIndex] = NaN;
      const doc = docs[docIndex];
      if (doc === null) status[docIndex] = GONE;
      else if (doc) status[docIndex] = STATUS_CODE.get(doc.status) ?? 0;
    }
    from = end;
  }
  for (let docIndex = from; docIndex < docs.length; docIndex += 1) {
    const doc = docs[docIndex];
    if (doc === undefined && columns) {
      const code = columns.statuses[docIndex] ?? REMOVED;
      status[docIndex] = code;
      if (code === REMOVED) continue;
      const saved = columns.years[docIndex] ?? NO_YEAR;
      id[docIndex] = columns.ids[docIndex] ?? 0;
      titleLength[docIndex] =
        (columns.titles.starts[docIndex + 1] ?? 0) - (columns.titles.starts[docIndex] ?? 0);
      year[docIndex] = saved === NO_YEAR ? NaN : saved;
      continue;
    }
    if (!doc) {
      status[docIndex] = GONE;
      continue;
    }
    id[docIndex] = doc.id;
    titleLength[docIndex] = doc.title.length;
    year[docIndex] = doc.year ?? NaN;
    status[docIndex] = STATUS_CODE.get(doc.status) ?? 0;
  }
  facts.read = docs.length;
}

/** The per-paper running sums scoring and ranking share (SearchIndex's reused typed arrays). */
interface Sums {
  wordScore: Float32Array;
  totalScore: Float32Array;
  coverage: Uint8Array;
  filterMarks: Uint32Array;
  wordTouchedBuffer: Int32Array;
}

/**
 * One term's postings into each paper's best score for the word; returns the new count of
 * papers the word touched. A small function of its own (as rankFromFacts): a one-query CLI run
 * executes it cold, and a short loop is compiled sooner and more cheaply than scoreWords whole.
 */
function scorePostings(
  list: ArrayLike<number>,
  quality: number,
  isStop: boolean,
  kept: number,
  sums: Sums,
  wordCount: number,
): number {
  const { wordScore, coverage, filterMarks: marks, wordTouchedBuffer: wordTouched } = sums;
  let count = wordCount;
  for (let at = 0; at < list.length; at += 1) {
    const posting = list[at] ?? 0;
    const docIndex = posting >> MASK_BITS;
    if (marks[docIndex] !== kept || (isStop && coverage[docIndex] === 0)) continue;
    const score = quality * (WEIGHT_BY_MASK[posting & MASK] ?? 0);
    const best = wordScore[docIndex] ?? 0;
    if (best === 0) wordTouched[count++] = docIndex;
    if (score > best) wordScore[docIndex] = score;
  }
  return count;
}

interface Ranking {
  facts: DocFacts;
  marks: Uint32Array;
  kept: number;
  statusMask: number;
  years: readonly YearRange[];
  scored: boolean;
  required: number;
  limit: number;
}

/**
 * search()'s loop for candidates that need no paper made (no venue, phrase or pasted title to
 * check): the same tests and order, read from typed arrays. Clears each candidate's sums;
 * returns how many passed. Kept small for the reason scorePostings is.
 */
function rankFromFacts(
  candidates: Int32Array,
  ranking: Ranking,
  totalScore: Float32Array,
  coverage: Uint8Array,
  best: TopK<Kept>,
): number {
  const { facts, marks, kept, statusMask, years, scored, required, limit } = ranking;
  const { id: ids, status, year, titleLength: titleLengths } = facts;
  let total = 0;
  let worst = best.worst();
  for (let at = 0; at < candidates.length; at += 1) {
    const docIndex = candidates[at] ?? 0;
    const score = totalScore[docIndex] ?? 0;
    const matched = coverage[docIndex] ?? 0;
    totalScore[docIndex] = 0;
    coverage[docIndex] = 0;
    if (scored && matched < required) continue;
    const code = status[docIndex] ?? GONE;
    if (marks[docIndex] !== kept || code === GONE) continue;
    if (statusMask !== 0 && ((statusMask >> code) & 1) === 0) continue;
    if (years.length > 0 && !inYears(year[docIndex] ?? NaN, years)) continue;
    total += 1;
    const titleLength = scored ? (titleLengths[docIndex] ?? 0) : 0;
    if (
      limit > 0 &&
      (worst === undefined || beats(false, matched, score, titleLength, docIndex, ids, worst))
    ) {
      best.offer({ docIndex, id: ids[docIndex] ?? 0, score, matched, sameTitle: false, titleLength });
      worst = best.worst();
    }
  }
  return total;
}

/** For abstract and notes: [seen, all ASCII] bits in DocFacts.ascii. */
const LONG_TEXT_BITS: Partial<Record<Field, [number, number]>> = { abstract: [1, 2], notes: [4, 8] };

/** Whether a year (NaN: none) is in every range. */
function inYears(year: number, ranges: readonly YearRange[]): boolean {
  for (const range of ranges) if (!(range.from <= year && year <= range.to)) return false;
  return true;
}

/** isBetter for a candidate not yet made into an object; its id (in `ids`) is compared only on a tie. */
function beats(
  sameTitle: boolean,
  matched: number,
  score: number,
  titleLength: number,
  docIndex: number,
  ids: Float64Array,
  kept: Kept,
): boolean {
  if (sameTitle !== kept.sameTitle) return sameTitle;
  if (matched !== kept.matched) return matched > kept.matched;
  if (score !== kept.score) return score > kept.score;
  if (titleLength !== kept.titleLength) return titleLength < kept.titleLength;
  return (ids[docIndex] ?? 0) < kept.id;
}

interface Filters {
  statuses: Set<PaperStatus>;
  tags: string[];
  phrases: PhraseTest[];
  /** Papers holding every word of the phrases, when worth knowing. */
  phraseDocs: Set<number> | null;
  years: YearRange[];
  venues: PhraseTest[];
}

interface Kept {
  docIndex: number;
  /** The paper's id: the last tie-break, so an index caught up from the log ranks as a fresh build. */
  id: number;
  score: number;
  matched: number;
  sameTitle: boolean;
  titleLength: number;
}

/** The title is the query, or begins with it and goes on after a colon (a pasted main title). */
function isTitle(title: string, queryText: string): boolean {
  const text = phraseText(title);
  if (text === queryText) return true;
  if (!text.startsWith(`${queryText} `)) return false;
  const colon = title.indexOf(':');
  return colon >= 0 && phraseText(title.slice(0, colon)) === queryText;
}

/**
 * The pasted title first; then more words matched, the higher score, the shorter title (more
 * of it is what was asked for), the paper added first: the lower id, not the place the paper
 * has in the index (a paper re-indexed after an edit is taken in again at its end).
 */
function isBetter(a: Kept, b: Kept): boolean {
  if (a.sameTitle !== b.sameTitle) return a.sameTitle;
  if (a.matched !== b.matched) return a.matched > b.matched;
  if (a.score !== b.score) return a.score > b.score;
  if (a.titleLength !== b.titleLength) return a.titleLength < b.titleLength;
  return a.id < b.id;
}

/** Whether the text holds the phrase; `ascii`: the text is known to be all ASCII. */
type PhraseTest = (text: string, ascii?: boolean) => boolean;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the phrase's words in order, with anything but letters and digits between them. */
function phraseTest(phrase: string): PhraseTest {
  const words = phrase.split(' ').map(escapeRegExp);
  // Most text is ASCII, where a plain regex is many times faster than one with Unicode classes.
  const asciiPattern = new RegExp(`(?<![a-z0-9])${words.join('[^a-z0-9]+')}(?![a-z0-9])`, 'i');
  // Made only when a text outside ASCII comes: most queries never need it.
  let unicode: RegExp | null = null;
  return (text, ascii = false) => {
    if (asciiPattern.test(text)) return true;
    if (ascii === true || !NON_ASCII.test(text)) return false;
    unicode ??= new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
    // Accented text is compared after folding accents away, as the phrase was.
    return unicode.test(text) || phraseText(text).includes(phrase);
  };
}

/** The order `[...terms].sort()` gives (UTF-16 code units), which prefix lookups rely on. */
function compareTerms(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
