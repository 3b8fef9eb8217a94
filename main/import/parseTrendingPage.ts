import { classifyLinks, findLinks } from './extractLinks';
import { labelLines, type Label } from './labelLines';
import { NothingToImportError } from './nothingToImport';
import { isNoiseLine, stripGluedPrefix } from './pageNoise';
import { foldSpaces, splitLines } from './normalizeText';
import { proseScore } from './proseScore';

export interface ParsedPaper {
  title: string;
  abstract: string | null;
  url: string | null;
  codeUrl: string | null;
  arxivId: string | null;
}

export interface ParseResult {
  papers: ParsedPaper[];
  /** Lines that were skipped for a reason a person may want to know. */
  warnings: string[];
}

interface TextLine {
  number: number;
  text: string;
}

interface Draft {
  title: TextLine;
  abstract: string[];
  links: string[];
}

const BARE_URL = /^<?https?:\/\/\S+$/i;
const TWO_LETTERS = /\p{L}{2}/u;
/** A person reads a handful of skipped lines; thousands say only that the text was not a page. */
const MAX_WARNINGS = 50;

class Warnings {
  readonly list: string[] = [];
  private extra = 0;

  add(warning: string): void {
    if (this.list.length < MAX_WARNINGS) this.list.push(warning);
    else this.extra += 1;
  }

  done(): string[] {
    if (this.extra > 0) this.list.push(`${this.extra.toLocaleString('en')} more lines were skipped.`);
    return this.list;
  }
}

function shorten(line: string): string {
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

function toPaper(draft: Draft): ParsedPaper {
  const abstract = draft.abstract.length > 0 ? draft.abstract.join('\n\n') : null;
  const links = [...draft.links, ...findLinks(abstract ?? '')];
  return { title: draft.title.text, abstract, ...classifyLinks(links) };
}

/**
 * Splits a copied page of paper titles and abstracts into papers.
 *
 * Page noise (sign-up prompts, counters, footers) and bare links are set aside; the remaining
 * lines are labelled titles or abstract paragraphs by labelLines, which weighs how each line
 * reads against the page's alternation of titles and abstracts. On a page whose papers mostly
 * have abstracts, titles without one before the first paper and after the last are the page's
 * header and footer. Text without abstracts is read as a list of titles. Throws
 * NothingToImportError when no title is found. Linear in the length of the text.
 */
export function parseTrendingPage(text: string): ParseResult {
  const warnings = new Warnings();
  const kept: (TextLine & { kind: 'text' | 'link' })[] = [];
  splitLines(text).forEach((raw, index) => {
    const line = stripGluedPrefix(raw);
    if (line === '') return;
    const number = index + 1;
    if ('hH<'.includes(line.charAt(0)) && BARE_URL.test(line))
      kept.push({ number, text: line.replace(/^<|>$/g, ''), kind: 'link' });
    else if (isNoiseLine(line)) return;
    else if (line.length < 3 || !TWO_LETTERS.test(line))
      warnings.add(`Line ${number}: "${shorten(line)}" is not a title and was skipped.`);
    else kept.push({ number, text: line, kind: 'text' });
  });

  const textLines = kept.filter((line) => line.kind === 'text');
  const { labels, listing } = labelLines(
    textLines.map((line) => ({ prose: proseScore(foldSpaces(line.text)), length: line.text.length })),
  );
  const labelOf = new Map<TextLine, Label>(textLines.map((line, index) => [line, labels[index] ?? 'title']));

  const drafts: Draft[] = [];
  for (const line of kept) {
    const current = drafts.at(-1);
    if (line.kind === 'link') {
      current?.links.push(line.text);
    } else if (labelOf.get(line) === 'title') {
      drafts.push({ title: line, abstract: [], links: [] });
    } else if (current) {
      current.abstract.push(line.text);
    } else {
      warnings.add(`Line ${line.number}: text with no title before it was skipped.`);
    }
  }

  const papers = (listing ? dropHeaderAndFooter(drafts, warnings) : drafts).map(toPaper);
  if (papers.length === 0) throw new NothingToImportError();
  return { papers, warnings: warnings.done() };
}

function dropHeaderAndFooter(drafts: Draft[], warnings: Warnings): Draft[] {
  const first = drafts.findIndex((draft) => draft.abstract.length > 0);
  if (first === -1) return drafts;
  const last = drafts.findLastIndex((draft) => draft.abstract.length > 0);
  for (const draft of [...drafts.slice(0, first), ...drafts.slice(last + 1)]) {
    warnings.add(
      `Line ${draft.title.number}: "${draft.title.text}" has no abstract and sits outside the list, so it was taken for page header or footer.`,
    );
  }
  return drafts.slice(first, last + 1);
}
