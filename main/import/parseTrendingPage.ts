import { classifyLinks, findLinks } from './extractLinks';
import { isNoiseLine, stripGluedPrefix } from './pageNoise';
import { splitLines } from './normalizeText';

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

export class NothingToImportError extends Error {
  /** Why, when the text was in a format that could be read but held no usable entry. */
  constructor(readonly reasons: string[] = []) {
    super(
      reasons.length > 0
        ? `Found no paper to import. ${reasons.join(' ')}`
        : 'Found no paper titles in this text. Paste a page of paper titles, each optionally followed by its abstract, a list of titles, one per line, or a BibTeX file.',
    );
    this.name = 'NothingToImportError';
  }
}

type LineKind = 'noise' | 'link' | 'prose' | 'title' | 'junk';

interface Line {
  number: number;
  text: string;
  kind: LineKind;
}

const MAX_TITLE_LENGTH = 300;
const SENTENCE_BREAK = /[.!?]["')\]]?\s+["'(]?\p{Lu}/u;
const BARE_URL = /^<?https?:\/\/\S+$/i;

/**
 * Abstracts are running prose; titles are short and rarely hold a sentence break.
 * Measured on the sample page: titles are at most 130 characters, abstracts at least 570.
 */
function isProse(text: string): boolean {
  if (text.length > MAX_TITLE_LENGTH) return true;
  return text.length >= 120 && SENTENCE_BREAK.test(text) && /[.!?]["')\]]?$/.test(text);
}

function isTitleLike(text: string): boolean {
  return text.length >= 3 && /\p{L}{2}/u.test(text);
}

function classify(text: string): LineKind {
  if (BARE_URL.test(text)) return 'link';
  if (isNoiseLine(text)) return 'noise';
  if (isProse(text)) return 'prose';
  return isTitleLike(text) ? 'title' : 'junk';
}

interface Draft {
  title: Line;
  abstract: string[];
  links: string[];
}

function toPaper(draft: Draft): ParsedPaper {
  const abstract = draft.abstract.length > 0 ? draft.abstract.join('\n\n') : null;
  const links = [...draft.links, ...findLinks(abstract ?? '')];
  return { title: draft.title.text, abstract, ...classifyLinks(links) };
}

/**
 * Splits a copied page of paper titles and abstracts into papers.
 *
 * A title is a short line; the prose lines after it are its abstract. When the text has
 * abstracts at all, short lines before the first paper with an abstract and after the last
 * one are the page's header and footer, not papers. Text without any abstracts is read as a
 * list of titles. Throws NothingToImportError when no title is found.
 */
export function parseTrendingPage(text: string): ParseResult {
  const lines: Line[] = splitLines(text)
    .map((raw, index) => ({ number: index + 1, text: stripGluedPrefix(raw) }))
    .filter((line) => line.text.length > 0)
    .map((line) => ({ ...line, kind: classify(line.text) }));

  const warnings: string[] = [];
  const drafts: Draft[] = [];
  for (const line of lines) {
    const current = drafts.at(-1);
    switch (line.kind) {
      case 'title':
        drafts.push({ title: line, abstract: [], links: [] });
        break;
      case 'prose':
        if (current) current.abstract.push(line.text);
        else warnings.push(`Line ${line.number}: text with no title before it was skipped.`);
        break;
      case 'link':
        if (current) current.links.push(line.text.replace(/^<|>$/g, ''));
        break;
      case 'junk':
        warnings.push(`Line ${line.number}: "${line.text}" is not a title and was skipped.`);
        break;
      case 'noise':
        break;
    }
  }

  const papers = dropHeaderAndFooter(drafts, warnings).map(toPaper);
  if (papers.length === 0) throw new NothingToImportError();
  return { papers, warnings };
}

function dropHeaderAndFooter(drafts: Draft[], warnings: string[]): Draft[] {
  const first = drafts.findIndex((draft) => draft.abstract.length > 0);
  if (first === -1) return drafts;
  const last = drafts.findLastIndex((draft) => draft.abstract.length > 0);
  for (const draft of [...drafts.slice(0, first), ...drafts.slice(last + 1)]) {
    warnings.push(
      `Line ${draft.title.number}: "${draft.title.text}" has no abstract and sits outside the list, so it was taken for page header or footer.`,
    );
  }
  return drafts.slice(first, last + 1);
}
