import { PAPER_STATUSES, type PaperStatus } from '../../preload/api';
import type { SearchDocument } from './SearchIndex';

/** Many strings as one, string i being `text.slice(starts[i], starts[i + 1])` (UTF-16 offsets). */
export interface TextColumn {
  readonly text: string;
  starts: Uint32Array;
}

/**
 * A column read from a snapshot whose text is all ASCII (a byte per letter): a paper's text is
 * cut from the file's bytes when it is asked for, so a load decodes no column of 100,000 titles
 * (a one-query CLI run makes twenty); the whole text only if something asks for it.
 */
export class AsciiColumn implements TextColumn {
  private whole: string | null = null;

  constructor(
    private readonly bytes: Buffer,
    readonly starts: Uint32Array,
  ) {}

  get text(): string {
    this.whole ??= this.bytes.toString('latin1');
    return this.whole;
  }

  get length(): number {
    return this.bytes.length;
  }

  /** Whether the whole text was decoded (only when something asked for `text`). */
  get decodedWhole(): boolean {
    return this.whole !== null;
  }

  slice(from: number, to: number): string {
    return this.whole?.slice(from, to) ?? this.bytes.toString('latin1', from, to);
  }
}

/**
 * The papers' short fields as the snapshot saves them: one array per field, not an object per
 * paper, so loading 100,000 papers parses no JSON and makes no object until one is asked for.
 */
export interface DocColumns {
  ids: Int32Array;
  /** Index in PAPER_STATUSES; REMOVED where the paper was removed from the index. */
  statuses: Uint8Array;
  /** NO_YEAR where the paper has none. */
  years: Int32Array;
  titles: TextColumn;
  authors: TextColumn;
  venues: TextColumn;
  /** The tags of paper i are `tagNames[tagRefs[tagStarts[i] .. tagStarts[i + 1])]`. */
  tagStarts: Uint32Array;
  tagRefs: Uint32Array;
  tagNames: string[];
}

/** A paper's short fields: what the index keeps of it (abstract and notes are read by id). */
export interface ShortDoc {
  id: number;
  title: string;
  status: PaperStatus;
  tags: string[];
  authors: string;
  year: number | null;
  venue: string;
}

export const REMOVED = 255;
export const NO_YEAR = -2147483648;

function textColumn(values: readonly string[]): TextColumn {
  const starts = new Uint32Array(values.length + 1);
  let at = 0;
  values.forEach((value, index) => {
    starts[index] = at;
    at += value.length;
  });
  starts[values.length] = at;
  return { text: values.join(''), starts };
}

function textAt(column: TextColumn, index: number): string {
  const [from, to] = [column.starts[index] ?? 0, column.starts[index + 1] ?? 0];
  return column instanceof AsciiColumn ? column.slice(from, to) : column.text.slice(from, to);
}

/** The column's text's length, in UTF-16 code units. */
function textLength(column: TextColumn): number {
  return column instanceof AsciiColumn ? column.length : column.text.length;
}

export function toColumns(docs: readonly (ShortDoc | null)[]): DocColumns {
  const count = docs.length;
  const ids = new Int32Array(count);
  const statuses = new Uint8Array(count).fill(REMOVED);
  const years = new Int32Array(count).fill(NO_YEAR);
  const tagStarts = new Uint32Array(count + 1);
  const tagRefs: number[] = [];
  const tagNames: string[] = [];
  const tagIds = new Map<string, number>();
  docs.forEach((doc, index) => {
    tagStarts[index] = tagRefs.length;
    if (!doc) return;
    ids[index] = doc.id;
    statuses[index] = PAPER_STATUSES.indexOf(doc.status);
    if (doc.year !== null) years[index] = doc.year;
    for (const tag of doc.tags) {
      let ref = tagIds.get(tag);
      if (ref === undefined) {
        ref = tagNames.push(tag) - 1;
        tagIds.set(tag, ref);
      }
      tagRefs.push(ref);
    }
  });
  tagStarts[count] = tagRefs.length;
  const field = (pick: (doc: ShortDoc) => string) => textColumn(docs.map((doc) => (doc ? pick(doc) : '')));
  return {
    ids,
    statuses,
    years,
    titles: field((doc) => doc.title),
    authors: field((doc) => doc.authors),
    venues: field((doc) => doc.venue),
    tagStarts,
    tagRefs: Uint32Array.from(tagRefs),
    tagNames,
  };
}

/** Paper `index` of the columns; null where it was removed. */
export function docAt(columns: DocColumns, index: number): ShortDoc | null {
  const status = PAPER_STATUSES[columns.statuses[index] ?? REMOVED];
  if (status === undefined) return null;
  const year = columns.years[index] ?? NO_YEAR;
  const tags: string[] = [];
  for (let at = columns.tagStarts[index] ?? 0; at < (columns.tagStarts[index + 1] ?? 0); at += 1)
    tags.push(columns.tagNames[columns.tagRefs[at] ?? 0] ?? '');
  return {
    id: columns.ids[index] ?? 0,
    title: textAt(columns.titles, index),
    status,
    tags,
    authors: textAt(columns.authors, index),
    year: year === NO_YEAR ? null : year,
    venue: textAt(columns.venues, index),
  };
}

/** The same, as the index keeps a paper it reads abstracts and notes of by id (one object literal: no spread). */
export function indexDocAt(columns: DocColumns, index: number): SearchDocument | null {
  const doc = docAt(columns, index);
  if (!doc) return null;
  const { id, title, status, tags, authors, year, venue } = doc;
  return { id, title, abstract: '', notes: '', tags, status, authors, year, venue };
}

/** Whether the columns hold `count` papers and every offset stays inside its text. */
export function columnsFit(columns: DocColumns, count: number): boolean {
  const { ids, statuses, years, titles, authors, venues, tagStarts, tagRefs, tagNames } = columns;
  if (ids.length !== count || statuses.length !== count || years.length !== count) return false;
  const fits = (column: TextColumn) =>
    column.starts.length === count + 1 && column.starts[count] === textLength(column);
  if (![titles, authors, venues].every(fits)) return false;
  if (tagStarts.length !== count + 1 || tagStarts[count] !== tagRefs.length) return false;
  // A plain loop: every() with a callback runs cold here, at each load.
  for (let at = 0; at < tagRefs.length; at += 1) if ((tagRefs[at] ?? 0) >= tagNames.length) return false;
  return true;
}
