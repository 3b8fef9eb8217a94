import { arxivIdsFromHtml } from './htmlLinks';
import type { ParsedImport } from './importedPaper';

/**
 * A pasted page with its HTML flavour: each paper the text left without an arXiv id gets the
 * one its links give (stored as eprint / archivePrefix, so a later lookup asks by id, not by
 * title). Only pages of titles: a .bib file or a JSON export says its ids itself.
 */
export function withHtmlLinks(parsed: ParsedImport, html: string | undefined): ParsedImport {
  if (!html || parsed.format !== 'trending') return parsed;
  const ids = arxivIdsFromHtml(
    html,
    parsed.papers.map((paper) => paper.title),
  );
  if (ids.size === 0) return parsed;
  return {
    ...parsed,
    papers: parsed.papers.map((paper, index) =>
      paper.arxivId === null && ids.has(index) ? { ...paper, arxivId: ids.get(index) ?? null } : paper,
    ),
  };
}
