import { dirname, resolve } from 'node:path';
import type * as BibtexParser from '@retorquere/bibtex-parser' with { 'resolution-mode': 'import' };
import { bibtexEntryToRecord } from './bibtexEntryToRecord';
import { classifyLinks, findLinks } from './extractLinks';
import { emptyPaper, type ImportedPaper } from './importedPaper';
import { foldSpaces } from './normalizeText';

type Parser = typeof BibtexParser;
let parser: Parser | undefined;

/**
 * @retorquere/bibtex-parser (Better BibTeX's parser) ships a CommonJS build that Node cannot load
 * (its package is "type": "module"); its ES build loads with require() on Node ≥ 20.19 and in Electron.
 */
function bibtexParser(): Parser {
  const esm = resolve(dirname(require.resolve('@retorquere/bibtex-parser')), '../esm/index.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load of the ES build, see above
  parser ??= require(esm) as Parser;
  return parser;
}

/**
 * The parser turns LaTeX into text, but drops `$...$` math and writes \textit as <i>: math spans
 * and literal angle brackets are swapped for private-use markers first, and put back after.
 */
const MATH = /(?<!\\)\$(?=\S)([^$\n]*?\S)\$(?!\d)/g;
const LESS = '\uE000';
const GREATER = '\uE001';
const OPEN = '\uE002';
const CLOSE = '\uE003';

function protect(text: string, math: string[]): string {
  return (
    text
      // Google Scholar writes a literal brace as math ($\{$USENIX$\}$): that is text, the parser's to read.
      .replace(MATH, (span) => (/^\$\\[{}]\$$/.test(span) ? span : `${OPEN}${math.push(span) - 1}${CLOSE}`))
      .replace(/\\textless(\{\}|\b)/g, LESS)
      .replace(/\\textgreater(\{\}|\b)/g, GREATER)
      .replace(/</g, LESS)
      .replace(/>/g, GREATER)
  );
}

function restore(text: string, math: string[]): string {
  return text
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, index: string) => math[Number(index)] ?? '')
    .replace(new RegExp(LESS, 'g'), '<')
    .replace(new RegExp(GREATER, 'g'), '>')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/**
 * Line numbers of pieces of the text, looked up in the order they occur (as the parser reports
 * entries and errors): each search starts where the last one ended, so finding every line of
 * the file takes one pass, not one pass per entry.
 */
class LineFinder {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** The line where `piece` starts, searching from the last piece found; 0 when it is not found. */
  find(piece: string): number {
    const index = piece === '' ? -1 : this.text.indexOf(piece, this.offset);
    if (index === -1) return 0;
    for (
      let at = this.text.indexOf('\n', this.offset);
      at !== -1 && at < index;
      at = this.text.indexOf('\n', at + 1)
    ) {
      this.line += 1;
    }
    this.offset = index;
    return this.line;
  }
}

type Creator = { name?: string; lastName?: string; firstName?: string; prefix?: string; suffix?: string };

function creatorName(creator: Creator, math: string[]): string {
  if (creator.name) return restore(creator.name, math);
  const last = [creator.prefix, creator.lastName].filter(Boolean).join(' ');
  return restore([last, creator.suffix, creator.firstName].filter(Boolean).join(', '), math);
}

function yearOf(fields: Record<string, unknown>): number | null {
  const raw = [fields.year, fields.date].find((value): value is string => typeof value === 'string') ?? '';
  const year = /\b(\d{4})\b/.exec(raw)?.[1];
  return year ? Number(year) : null;
}

function text(value: unknown, math: string[]): string | null {
  if (typeof value !== 'string') return null;
  const cooked = restore(value, math);
  return cooked === '' ? null : cooked;
}

function toPaper(entry: BibtexParser.Entry, math: string[]): ImportedPaper | null {
  const fields = entry.fields as Record<string, unknown>;
  const title = text(fields.title, math);
  if (!title) return null;
  const paper = emptyPaper(title);
  paper.citekey = entry.key;
  paper.abstract = text(fields.abstract, math);
  paper.authors = ((fields.author as Creator[] | undefined) ?? []).map((creator) =>
    creatorName(creator, math),
  );
  paper.year = yearOf(fields);
  paper.venue = text(fields.journal ?? fields.journaltitle ?? fields.booktitle, math);
  paper.doi = text(fields.doi, math);
  paper.tags = ((fields.keywords as string[] | undefined) ?? [])
    .map((tag) => restore(tag, math))
    .filter(Boolean);
  const eprintType = (
    [fields.archiveprefix, fields.eprinttype].find((value): value is string => typeof value === 'string') ??
    ''
  ).toLowerCase();
  const links = classifyLinks(
    [fields.url, fields.note, fields.howpublished].flatMap((value) =>
      typeof value === 'string' ? findLinks(value) : [],
    ),
  );
  // The arXiv page is what export writes when a preprint has no other link; it is not a project page.
  paper.url = links.url === `https://arxiv.org/abs/${String(fields.eprint)}` ? null : links.url;
  paper.codeUrl = links.codeUrl;
  paper.arxivId = eprintType === 'arxiv' && typeof fields.eprint === 'string' ? fields.eprint : links.arxivId;
  const annote = text(fields.annote, math);
  if (annote) paper.notes.push({ body: annote, quote: null });
  // The whole record (type, every creator role, every field, unknown ones as written), which the
  // library stores and export writes again; the fields above are the summary the preview shows.
  const record = bibtexEntryToRecord(entry, (raw) => text(raw, math));
  // The arXiv page export wrote for a preprint without a link (export writes it again).
  if (paper.url === null && record.url === links.url) record.url = null;
  paper.record = record;
  return paper;
}

/**
 * Reads a .bib file as people really have them: @string and # concatenation, quoted and
 * braced values, upper-case types, LaTeX accents, comments and junk between entries. A
 * broken entry is reported with its line and skipped; the rest are read. Titles keep their
 * case (no sentence-casing) and their math.
 */
/** The parser's "at line 3, column 9" and what follows it; the message gives the line itself. */
function withoutPosition(reason: string): string {
  const position = / at line \d+, column \d+/.exec(reason);
  return position ? reason.slice(0, position.index) : reason;
}

type LibraryParse = (input: string) => Pick<BibtexParser.Library, 'entries' | 'errors'>;

function libraryParse(input: string): Pick<BibtexParser.Library, 'entries' | 'errors'> {
  return bibtexParser().parse(input, {
    english: false,
    sentenceCase: false,
    caseProtection: false,
    unsupported: 'ignore',
  });
}

const ENTRY_KEY = /^@\w+\s*[{(]\s*([^,\s]+)/;
/** A person reads a few dozen problems; past that, how many more. */
const MAX_ERRORS = 50;

export function parseBibtex(
  input: string,
  parse: LibraryParse = libraryParse,
): { papers: ImportedPaper[]; errors: string[] } {
  const math: string[] = [];
  const protectedInput = protect(input, math);
  const library = parse(protectedInput);
  const entryKey = (input: string | undefined) => ENTRY_KEY.exec(input?.slice(0, 300) ?? '')?.[1];
  // The parser may also hand back what it salvaged of a broken entry; that is not imported.
  const broken = new Set<string>();
  if (library.entries.length > 0) {
    for (const error of library.errors) broken.add(error.input ?? '').add(`key:${entryKey(error.input)}`);
  }
  // Only the messages a person is shown are written out; the rest are counted.
  const errorLines = new LineFinder(protectedInput);
  const errors = library.errors.slice(0, MAX_ERRORS).map((error) => {
    const line = errorLines.find(error.input ?? '');
    const reason = withoutPosition(foldSpaces(error.error.slice(0, 500)));
    const key = entryKey(error.input);
    return `Line ${line}: ${key ? `the entry "${key}"` : 'an entry'} could not be read (${reason}); it was skipped.`;
  });
  let unread = library.errors.length - errors.length;
  const entryLines = new LineFinder(protectedInput);
  const papers: ImportedPaper[] = [];
  for (const entry of library.entries) {
    if (broken.has(entry.input) || broken.has(`key:${entry.key}`)) continue;
    const paper = toPaper(entry, math);
    if (paper) papers.push(paper);
    else if (errors.length >= MAX_ERRORS) unread += 1;
    else
      errors.push(
        `Line ${entryLines.find(entry.input)}: the entry "${entry.key}" has no title; it was skipped.`,
      );
  }
  if (unread > 0) errors.push(`${unread.toLocaleString('en')} more entries could not be read.`);
  return { papers, errors };
}
