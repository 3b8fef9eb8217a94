import type { Paper } from '../../preload/api';
import { toLatex, toLatexUrl, type Dialect } from './latexText';

function authorList(authors: readonly string[], dialect: Dialect): string {
  return authors
    .map((name) => {
      const latex = toLatex(name, { dialect });
      // Names are stored "Last, First"; one without a comma is an organisation, braced so
      // BibTeX neither splits it at " and " nor takes its last word for a surname.
      return name.includes(',') ? latex : `{${latex}}`;
    })
    .join(' and ');
}

function noteText(paper: Paper): string {
  return paper.notes
    .map((note) => (note.quote ? `On "${note.quote}": ${note.body}` : note.body))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

function entryType(paper: Paper): string {
  if (paper.arxivId) return 'misc';
  return paper.venue ? 'article' : 'misc';
}

/**
 * One entry. Field values are braced, with everything special escaped; see latexText.ts.
 * arXiv preprints are @misc with eprint and archivePrefix, as both BibTeX and biber expect.
 */
export function writeEntry(paper: Paper, dialect: Dialect): string {
  const text = (value: string) => toLatex(value, { dialect });
  const fields: [string, string | null][] = [
    ['title', toLatex(paper.title, { dialect, protectCase: true })],
    ['author', paper.authors.length > 0 ? authorList(paper.authors, dialect) : null],
    ['year', paper.year === null ? null : String(paper.year)],
    [
      dialect === 'biblatex' ? 'journaltitle' : 'journal',
      paper.venue && !paper.arxivId ? text(paper.venue) : null,
    ],
    ['eprint', paper.arxivId ? text(paper.arxivId) : null],
    ['archiveprefix', paper.arxivId ? 'arXiv' : null],
    ['doi', paper.doi ? toLatexUrl(paper.doi) : null],
    [
      'url',
      paper.url ? toLatexUrl(paper.url) : paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null,
    ],
    ['note', paper.codeUrl ? `Code: ${text(paper.codeUrl)}` : null],
    ['keywords', paper.tags.length > 0 ? text(paper.tags.join(', ')) : null],
    ['abstract', paper.abstract ? text(paper.abstract) : null],
    ['annote', noteText(paper) ? text(noteText(paper)) : null],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${entryType(paper)}{${paper.citekey},\n${body}\n}`;
}

export function writeBibtex(papers: readonly Paper[], dialect: Dialect = 'bibtex'): string {
  const header = `% Exported from Shelfmark: ${papers.length} ${papers.length === 1 ? 'entry' : 'entries'}.\n`;
  return `${header}\n${papers.map((paper) => writeEntry(paper, dialect)).join('\n\n')}\n`;
}
