import type { Creator, CreatorRole } from '../../preload/api';
import { parseName } from '../record/names';
import { arxivIdOf, authorNames, emptyRecord, venueOf } from '../record/record';
import { entryTypeOfRis } from '../record/risTypes';
import { emptyPaper, type ImportedPaper } from './importedPaper';

/** A tag line: two capitals or a capital and a digit, two spaces, a dash (the space after it is often trimmed). */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

/** RIS: its first tagged line is a TY line. */
export function looksLikeRis(text: string): boolean {
  const first = /^\s*(\S[^\n]*)/.exec(text.slice(0, 2000))?.[1] ?? '';
  return /^TY {2}- ?\S/.test(first.replace(/^\uFEFF/, ''));
}

const ROLES: Record<string, CreatorRole> = {
  AU: 'author',
  A1: 'author',
  A2: 'editor',
  ED: 'editor',
  A4: 'translator',
};

function creator(role: CreatorRole, raw: string): Creator | null {
  // "Family, Given" is a person; a name without a comma is an organisation, as EndNote writes them.
  if (!raw.includes(','))
    return { role, family: null, given: null, particle: null, suffix: null, literal: raw };
  // RIS writes "Family, Given, Suffix"; BibTeX's rules (parseName) read "Family, Suffix, Given".
  const parts = raw.split(',').map((part) => part.trim());
  const name = parseName(parts.length === 3 ? `${parts[0]}, ${parts[2]}, ${parts[1]}` : raw);
  return name ? { role, ...name } : null;
}

type Tags = [string, string][];

function toPaper(tags: Tags): ImportedPaper | null {
  const all = (name: string) => tags.filter(([tag]) => tag === name).map(([, value]) => value);
  const first = (...names: string[]) =>
    names.map((name) => all(name)[0]).find((value) => value !== undefined && value !== '') ?? null;
  const title = first('TI', 'T1', 'CT', 'BT');
  if (title === null) return null;
  const paper = emptyPaper(title);
  const record = emptyRecord();
  record.entryType = entryTypeOfRis(first('TY') ?? '');
  for (const [tag, value] of tags) {
    const role = ROLES[tag];
    const parsed = role ? creator(role, value) : null;
    if (parsed) record.creators.push(parsed);
  }
  const date = first('DA', 'Y1', 'PY') ?? '';
  const [year, month, day] = /^(\d{4})(?:\/(\d{1,2})?(?:\/(\d{1,2})?)?)?/.exec(date)?.slice(1) ?? [];
  record.year = year ? Number(year) : Number(/\d{4}/.exec(first('PY') ?? '')?.[0]) || null;
  record.month =
    record.year !== null && month && Number(month) >= 1 && Number(month) <= 12 ? Number(month) : null;
  record.day = record.month !== null && day && Number(day) >= 1 && Number(day) <= 31 ? Number(day) : null;
  const container = first('JO', 'JF', 'JA', 'T2');
  if (record.entryType === 'article') record.journal = container;
  else record.booktitle = container;
  record.series = first('T3');
  record.volume = first('VL');
  record.number = first('IS');
  const start = first('SP');
  const end = first('EP');
  record.pages = start && end ? `${start}–${end}` : start;
  record.edition = first('ET');
  const publisher = first('PB');
  if (record.entryType === 'techreport') record.institution = publisher;
  else if (record.entryType === 'phdthesis') record.school = publisher;
  else record.publisher = publisher;
  record.address = first('CY');
  const serial = first('SN');
  if (serial && /^\d{4}-\d{3}[\dXx]$/.test(serial)) record.issn = serial;
  else record.isbn = serial;
  record.doi = first('DO');
  record.language = first('LA');
  const notes = all('N1');
  const arxiv = notes.map((note) => /^arXiv: (\S+)(?: \[([^\]]+)\])?$/.exec(note)).find(Boolean);
  if (arxiv) {
    record.eprint = arxiv[1] ?? null;
    record.archivePrefix = 'arXiv';
    record.primaryClass = arxiv[2] ?? null;
  }
  record.note = notes.filter((note) => !/^arXiv: /.test(note)).join('. ') || null;
  const url = first('UR', 'L2');
  record.url = url === `https://arxiv.org/abs/${record.eprint}` ? null : url;
  const keywords = all('KW').filter(Boolean);
  record.keywords = keywords.join(', ') || null;
  paper.record = record;
  paper.citekey = first('ID');
  paper.abstract = first('AB', 'N2');
  paper.authors = authorNames(record);
  paper.year = record.year;
  paper.venue = venueOf(record);
  paper.doi = record.doi;
  paper.url = record.url;
  paper.arxivId = arxivIdOf(record);
  paper.tags = keywords;
  return paper;
}

/**
 * RIS as EndNote, Mendeley and Zotero write it: one tag a line, a record from TY to ER. A line
 * without a tag continues the value before it. A record without a title, or text outside a
 * record, is reported with its line.
 */
export function parseRis(text: string): { papers: ImportedPaper[]; errors: string[] } {
  const papers: ImportedPaper[] = [];
  const errors: string[] = [];
  const report = (message: string) => {
    if (errors.length < 50) errors.push(message);
  };
  let tags: Tags | null = null;
  let start = 0;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const match = TAG_LINE.exec(line.trimEnd());
    const tag = match?.[1];
    const value = (match?.[2] ?? '').trim();
    if (tag === 'TY') {
      if (tags) report(`Line ${start}: a record has no ER line; it was read up to the next TY.`);
      if (tags) finish(tags, start);
      tags = [['TY', value]];
      start = index + 1;
    } else if (tag === 'ER') {
      if (tags) finish(tags, start);
      tags = null;
    } else if (tags && tag) {
      tags.push([tag, value]);
    } else if (tags && line.trim() !== '') {
      const last = tags[tags.length - 1];
      // Appended without trimming the whole value again: a long run of continuation lines stays linear.
      if (last) last[1] = last[1] === '' ? line.trim() : `${last[1]} ${line.trim()}`;
    } else if (line.trim() !== '') {
      report(`Line ${index + 1}: text outside a record (no TY line before it); it was skipped.`);
    }
  });
  if (tags) finish(tags, start);
  return { papers, errors };

  function finish(record: Tags, line: number) {
    const paper = toPaper(record);
    if (paper) papers.push(paper);
    else report(`Line ${line}: a record has no title (TI); it was skipped.`);
  }
}
