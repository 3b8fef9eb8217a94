import type { ImportedPaper } from './importedPaper';
import type { Creator } from '../../preload/api';

// eslint-disable-next-line no-control-regex -- these are exactly the characters removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters either pattern above may change; text without any (most) is returned as it is. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters looked for
const MAYBE_UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

/** Text as the library stores it: well-formed, without control characters (tab and line ends stay). */
export function cleanText(text: string): string {
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
}

/** A tag name as the library keeps it: clean, trimmed, inner white space folded. */
export function cleanTag(tag: string): string {
  return cleanText(tag).normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * A paper as the library will store it, checked as the database checks it (a title that is not
 * blank, tags with names), so that a preview promises exactly what the commit writes. Returns
 * null when nothing of the title is left.
 */
/** A name with a letter or digit in it; "" and "," name nobody and would break the creators table. */
function hasName(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function namesSomebody(creator: Creator): boolean {
  return hasName(creator.literal ?? '') || hasName(creator.family ?? '');
}

/** The same array when every item is kept as it is (most papers), else the cleaned one. */
function sameOrNew<T>(before: readonly T[], after: T[]): T[] {
  return after.length === before.length && after.every((item, index) => item === before[index])
    ? (before as T[])
    : after;
}

const keep = (text: string) => text;

/** With textIsClean, the caller has seen that no text of the paper holds a character cleanText removes. */
export function cleanPaper(paper: ImportedPaper, textIsClean = false): ImportedPaper | null {
  const clean = textIsClean ? keep : cleanText;
  const cleanOptional = (text: string | null) => (text === null ? null : clean(text));
  const title = clean(paper.title).trim();
  if (title === '') return null;
  const { record } = paper;
  const fields = {
    title,
    abstract: cleanOptional(paper.abstract),
    url: cleanOptional(paper.url),
    codeUrl: cleanOptional(paper.codeUrl),
    arxivId: cleanOptional(paper.arxivId),
    authors: sameOrNew(paper.authors, paper.authors.map(clean).filter(hasName)),
    venue: cleanOptional(paper.venue),
    doi: cleanOptional(paper.doi),
    citekey: cleanOptional(paper.citekey),
    tags: sameOrNew(paper.tags, [...new Set(paper.tags.map(cleanTag).filter((tag) => tag !== ''))]),
    notes: paper.notes.every(
      (note) => clean(note.body) === note.body && cleanOptional(note.quote) === note.quote,
    )
      ? paper.notes
      : paper.notes.map((note) => ({ body: cleanText(note.body), quote: cleanOptional(note.quote) })),
  };
  const creatorsKept = !record || record.creators.every(namesSomebody);
  // A paper with nothing to clean (most of them) is returned as it is: 100,000 copies cost a second.
  if (
    creatorsKept &&
    (Object.keys(fields) as (keyof typeof fields)[]).every((key) => fields[key] === paper[key])
  )
    return paper;
  return {
    ...paper,
    ...fields,
    ...(creatorsKept ? {} : { record: { ...record, creators: record.creators.filter(namesSomebody) } }),
  };
}
