import type { ImportFormat } from '../../preload/api';
import { emptyPaper, type ParsedImport } from './importedPaper';
import { parseBibtex } from './parseBibtex';
import { NothingToImportError } from './nothingToImport';
import { parseTrendingPage } from './parseTrendingPage';
import { looksLikeShelfmarkJson, parseShelfmarkJson } from './shelfmarkJson';

const BIBTEX_ENTRY = /^\s*@[a-zA-Z]+\s*[{(]/m;

/** Shelfmark's JSON, then BibTeX (an @type{ at a line start), then a page of titles. */
export function detectFormat(text: string): Exclude<ImportFormat, 'auto'> {
  if (looksLikeShelfmarkJson(text)) return 'json';
  if (BIBTEX_ENTRY.test(text)) return 'bibtex';
  return 'trending';
}

/** Reads a paste or a file in any format Shelfmark takes; throws NothingToImportError when nothing is there. */
export function parseImportText(text: string, requested: ImportFormat = 'auto'): ParsedImport {
  const format = requested === 'auto' ? detectFormat(text.replace(/^\uFEFF/, '')) : requested;
  const input = text.replace(/^\uFEFF/, '');
  if (format === 'trending') {
    const page = parseTrendingPage(input);
    const papers = page.papers.map((found) => ({ ...emptyPaper(found.title), ...found }));
    return { format, papers, warnings: page.warnings, errors: [], tagColors: {} };
  }
  const read = format === 'bibtex' ? { ...parseBibtex(input), tagColors: {} } : parseShelfmarkJson(input);
  if (read.papers.length === 0) throw new NothingToImportError(read.errors);
  return { format, papers: read.papers, warnings: [], errors: read.errors, tagColors: read.tagColors };
}
