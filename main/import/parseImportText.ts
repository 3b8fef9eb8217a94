import type { ImportFormat } from '../../preload/api';
import { cleanPaper, cleanTag } from './cleanPaper';
import { emptyPaper, type ImportedPaper, type ParsedImport } from './importedPaper';
import { NothingToImportError } from './nothingToImport';
import { readBibtex } from './BibtexReader';
import { looksLikeCslJson, parseCslJson } from './parseCslJson';
import { looksLikeRis, parseRis } from './parseRis';
import { parseTrendingPage } from './parseTrendingPage';
import { looksLikeShelfmarkJson, parseShelfmarkJson } from './shelfmarkJson';
import { assertText } from './textCheck';

/** An entry's start, from its @: `@type{` or `@type(`, with spaces or tabs (never line ends) before the brace. */
const BIBTEX_ENTRY = /^@[a-zA-Z]+[ \t]*[{(]/;

/** Shelfmark's JSON, then BibTeX (an @type{ at a line start), then a page of titles. One pass over the lines. */
export function detectFormat(text: string): Exclude<ImportFormat, 'auto'> {
  if (looksLikeShelfmarkJson(text)) return 'json';
  if (looksLikeCslJson(text)) return 'csl-json';
  if (looksLikeRis(text)) return 'ris';
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    // Only a line whose first character after spaces is an @ can start an entry.
    let first = start;
    while (first < stop && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first += 1;
    if (text.charCodeAt(first) === 0x40 && BIBTEX_ENTRY.test(text.slice(first, stop))) return 'bibtex';
    start = stop + 1;
  }
  return 'trending';
}

/** Each paper as the library will store it; entries with nothing left of their title are reported. */
function cleanAll(papers: readonly ImportedPaper[], errors: string[], textIsClean = false): ImportedPaper[] {
  const clean: ImportedPaper[] = [];
  papers.forEach((paper, index) => {
    const cleaned = cleanPaper(paper, textIsClean);
    if (cleaned) clean.push(cleaned);
    else errors.push(`Entry ${index + 1} has no title once control characters are removed; it was skipped.`);
  });
  return clean;
}

/**
 * Reads a paste or a file in any format Shelfmark takes, and checks every paper as the
 * library will (a preview and a commit both start here, so they agree). BibTeX is read in a
 * worker within a time budget. Throws NotTextError for binary bytes, NothingToImportError when
 * nothing is there, and BibtexBudgetError when BibTeX takes too long.
 */
/** A page of titles and abstracts, or a list of titles; the one format read in this thread, synchronously. */
export function readPastedPage(text: string): ParsedImport {
  assertText(text);
  const page = parseTrendingPage(text.replace(/^\uFEFF/, ''));
  const errors: string[] = [];
  const papers = cleanAll(
    page.papers.map((found) => ({ ...emptyPaper(found.title), ...found })),
    errors,
  );
  if (papers.length === 0) throw new NothingToImportError(errors);
  return { format: 'trending', papers, warnings: page.warnings, errors, tagColors: new Map() };
}

/** Any character assertText or cleanText looks at. */
const MAYBE_UNCLEAN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFD-\uFFFF]/;

/**
 * Whether JSON text holds an escape that could make such a character: \u, \b or \f (\n, \r,
 * \t, \", \\ and \/ make none). Each backslash found starts an escape of two characters or more.
 */
function hasUncleanEscape(json: string): boolean {
  for (let at = json.indexOf('\\'); at !== -1; at = json.indexOf('\\', at + 2)) {
    const next = json.charCodeAt(at + 1);
    if (next === 0x75 || next === 0x62 || next === 0x66) return true;
  }
  return false;
}

export async function parseImportText(text: string, requested: ImportFormat = 'auto'): Promise<ParsedImport> {
  // Text that holds none of them (most) passes assertText without its scan; and when it is
  // Shelfmark JSON without such escapes, no string parsed from it holds one either.
  const plain = !MAYBE_UNCLEAN.test(text);
  if (!plain) assertText(text);
  const input = text.replace(/^\uFEFF/, '');
  const format = requested === 'auto' ? detectFormat(input) : requested;
  if (format === 'trending') return readPastedPage(input);
  const read =
    format === 'bibtex'
      ? { ...(await readBibtex(input)), tagColors: new Map<string, string | null>() }
      : format === 'csl-json'
        ? { ...parseCslJson(input), tagColors: new Map<string, string | null>() }
        : format === 'ris'
          ? { ...parseRis(input), tagColors: new Map<string, string | null>() }
          : parseShelfmarkJson(input);
  const errors = [...read.errors];
  const papers = cleanAll(read.papers, errors, plain && format === 'json' && !hasUncleanEscape(input));
  if (papers.length === 0) throw new NothingToImportError(errors);
  const tagColors = new Map([...read.tagColors].map(([name, color]) => [cleanTag(name), color]));
  return { format, papers, warnings: [], errors, tagColors };
}
