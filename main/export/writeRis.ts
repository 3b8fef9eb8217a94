import type { Creator, Paper } from '../../preload/api';
import { risType } from '../record/risTypes';

/** "Family, Given, Suffix" with the particle before the family name; an organisation as written. */
function risName(creator: Creator): string {
  if (creator.literal !== null) return creator.literal;
  const family = [creator.particle, creator.family].filter(Boolean).join(' ');
  return [family, creator.given, creator.suffix].filter(Boolean).join(', ');
}

/** RIS has one value per line: line ends inside a value become spaces. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** One paper as RIS tags, TY first and ER last. */
function toLines(paper: Paper): string[] {
  const lines: string[] = [];
  const tag = (name: string, value: string | null | undefined) => {
    if (value && oneLine(value) !== '') lines.push(`${name}  - ${oneLine(value)}`);
  };
  tag('TY', risType(paper.entryType));
  tag('ID', paper.citekey);
  for (const creator of paper.creators) {
    if (creator.role === 'author') tag('AU', risName(creator));
    else if (creator.role === 'editor') tag('A2', risName(creator));
    else if (creator.role === 'translator') tag('A4', risName(creator));
  }
  tag('TI', paper.title);
  const container = paper.journal ?? paper.booktitle;
  if (paper.journal) tag('JO', paper.journal);
  else tag('T2', container);
  tag('T3', paper.series);
  if (paper.year !== null) {
    tag('PY', String(paper.year));
    const month = paper.month === null ? '' : pad(paper.month);
    const day = paper.month === null || paper.day === null ? '' : pad(paper.day);
    tag('DA', `${paper.year}/${month}/${day}/`);
  }
  tag('VL', paper.volume);
  tag('IS', paper.number);
  const [start, end] = (paper.pages ?? '').split(/\s*(?:--|–|-)\s*/);
  tag('SP', start);
  tag('EP', end);
  tag('ET', paper.edition);
  tag('PB', paper.publisher ?? paper.institution ?? paper.school ?? paper.organization);
  tag('CY', paper.address);
  tag('SN', paper.isbn ?? paper.issn);
  tag('DO', paper.doi);
  tag('UR', paper.url ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null));
  tag('AB', paper.abstract);
  const keywords = new Map(
    [...(paper.keywords?.split(/\s*[,;]\s*/) ?? []), ...paper.tags].map((word) => [word.toLowerCase(), word]),
  );
  for (const keyword of keywords.values()) tag('KW', keyword);
  tag('N1', paper.note);
  if (paper.arxivId)
    tag('N1', `arXiv: ${paper.arxivId}${paper.primaryClass ? ` [${paper.primaryClass}]` : ''}`);
  tag('LA', paper.language);
  lines.push('ER  - ');
  return lines;
}

/**
 * RIS (EndNote, Mendeley, Zotero): tagged lines, CRLF as the format asks. What RIS has no tag for
 * (unknown BibTeX fields, creator roles but author, editor and translator) is left out; see README.
 */
export function writeRis(papers: readonly Paper[]): string {
  return papers.map((paper) => `${toLines(paper).join('\r\n')}\r\n`).join('\r\n');
}

/** The same file as writeRis, one chunk per batch. */
export function* risChunks(batches: Iterable<readonly Paper[]>): Generator<string> {
  let first = true;
  for (const batch of batches) {
    let chunk = '';
    for (const paper of batch) {
      chunk += `${first ? '' : '\r\n'}${toLines(paper).join('\r\n')}\r\n`;
      first = false;
    }
    yield chunk;
  }
}
