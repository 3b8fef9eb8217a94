import type { Creator, CreatorRole } from '../../preload/api';
import { CSL_ROLES, entryTypeOfCsl } from '../record/cslTypes';
import { arxivIdOf, authorNames, emptyRecord, venueOf } from '../record/record';
import { emptyPaper, type ImportedPaper } from './importedPaper';
import { foldSpaces } from './normalizeText';

/** A JSON array whose first item has a CSL `type` or `id`: CSL-JSON (pandoc, citeproc, Zotero). */
export function looksLikeCslJson(text: string): boolean {
  return /^\s*\[\s*(\]|\{)/.test(text) && /"(type|id|title)"\s*:/.test(text.slice(0, 2000));
}

type Item = Record<string, unknown>;

const ROLE_OF: Record<string, CreatorRole> = Object.fromEntries(
  Object.entries(CSL_ROLES).map(([role, variable]) => [variable, role as CreatorRole]),
);

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = foldSpaces(value).trim();
  return text === '' ? null : text;
}

function creator(role: CreatorRole, raw: unknown): Creator | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const name = raw as Item;
  const literal = str(name.literal);
  const family = str(name.family);
  if (family === null) {
    return literal === null
      ? null
      : { role, family: null, given: null, particle: null, suffix: null, literal };
  }
  return {
    role,
    family,
    given: str(name.given),
    particle: str(name['non-dropping-particle']) ?? str(name['dropping-particle']),
    suffix: str(name.suffix),
    literal: null,
  };
}

/** [[year, month, day]] (or a `raw` or `literal` date, of which the year is read). */
function dateOf(raw: unknown): [number | null, number | null, number | null] {
  if (typeof raw !== 'object' || raw === null) return [null, null, null];
  const date = raw as Item;
  const parts = Array.isArray(date['date-parts']) ? (date['date-parts'] as unknown[])[0] : null;
  const numbers = Array.isArray(parts) ? parts.map(Number).filter((part) => Number.isInteger(part)) : [];
  const fallback = /\b(\d{4})\b/.exec(str(date.raw) ?? str(date.literal) ?? '')?.[1];
  const year = numbers[0] ?? (fallback ? Number(fallback) : null);
  const month =
    year !== null && numbers[1] !== undefined && numbers[1] >= 1 && numbers[1] <= 12 ? numbers[1] : null;
  const day =
    month !== null && numbers[2] !== undefined && numbers[2] >= 1 && numbers[2] <= 31 ? numbers[2] : null;
  return [year, month, day];
}

function toPaper(item: Item): ImportedPaper | null {
  const title = str(item.title);
  if (title === null) return null;
  const paper = emptyPaper(title);
  const record = emptyRecord();
  record.entryType = entryTypeOfCsl(item.type);
  if (record.entryType === 'phdthesis' && /master/i.test(str(item.genre) ?? ''))
    record.entryType = 'mastersthesis';
  for (const [variable, role] of Object.entries(ROLE_OF)) {
    const names = Array.isArray(item[variable]) ? (item[variable] as unknown[]) : [];
    for (const raw of names) {
      const parsed = creator(role, raw);
      if (parsed) record.creators.push(parsed);
    }
  }
  [record.year, record.month, record.day] = dateOf(item.issued);
  const container = str(item['container-title']);
  if (record.entryType === 'article') record.journal = container;
  else record.booktitle = container;
  record.series = str(item['collection-title']);
  record.volume = str(item.volume);
  record.number = str(item.issue) ?? str(item.number);
  record.pages = str(item.page)?.replace(/\s*[-–]\s*/g, '–') ?? null;
  const publisher = str(item.publisher);
  if (record.entryType === 'techreport') record.institution = publisher;
  else if (record.entryType === 'phdthesis' || record.entryType === 'mastersthesis')
    record.school = publisher;
  else record.publisher = publisher;
  record.address = str(item['publisher-place']);
  record.edition = str(item.edition);
  record.chapter = str(item['chapter-number']);
  record.isbn = str(item.ISBN);
  record.issn = str(item.ISSN);
  record.doi = str(item.DOI);
  record.url = str(item.URL);
  record.note = str(item.note);
  record.language = str(item.language);
  record.keywords = str(item.keyword);
  if (str(item.archive)?.toLowerCase() === 'arxiv' && str(item.archive_location)) {
    record.eprint = str(item.archive_location);
    record.archivePrefix = 'arXiv';
    if (record.url === `https://arxiv.org/abs/${record.eprint}`) record.url = null;
  }
  paper.record = record;
  paper.citekey = str(item.id);
  paper.abstract = str(item.abstract);
  paper.authors = authorNames(record);
  paper.year = record.year;
  paper.venue = venueOf(record);
  paper.doi = record.doi;
  paper.url = record.url;
  paper.arxivId = arxivIdOf(record);
  paper.tags = (record.keywords ?? '').split(/\s*[,;]\s*/).filter(Boolean);
  return paper;
}

/** Where JSON.parse stopped, as a line a person can find. */
function notJson(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return 'The file looks like CSL-JSON but is not valid JSON.';
  const line = text.slice(0, Number(position)).split('\n').length;
  return `The file looks like CSL-JSON but is not valid JSON (line ${line}).`;
}

/** CSL-JSON as pandoc, citeproc and Zotero write it: an array of items. Items with no title are reported. */
export function parseCslJson(text: string): { papers: ImportedPaper[]; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { papers: [], errors: [notJson(text, error)] };
  }
  const items = Array.isArray(data) ? data : [data];
  const papers: ImportedPaper[] = [];
  const errors: string[] = [];
  items.forEach((item, index) => {
    const paper =
      typeof item === 'object' && item !== null && !Array.isArray(item) ? toPaper(item as Item) : null;
    if (paper) papers.push(paper);
    else if (errors.length < 50) errors.push(`Item ${index + 1} has no title; it was skipped.`);
  });
  return { papers, errors };
}
