import type { Creator, Paper } from '../../preload/api';
import { CSL_ROLES, cslType } from '../record/cslTypes';
import { jsonArrayChunks } from './jsonArrayChunks';

type CslName = {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
};
type CslItem = Record<string, unknown>;

function cslName(creator: Creator): CslName {
  if (creator.literal !== null) return { literal: creator.literal };
  const name: CslName = { family: creator.family ?? '' };
  if (creator.given) name.given = creator.given;
  if (creator.particle) name['non-dropping-particle'] = creator.particle;
  if (creator.suffix) name.suffix = creator.suffix;
  return name;
}

function dateParts(paper: Paper): { 'date-parts': number[][] } | undefined {
  if (paper.year === null) return undefined;
  const parts = [paper.year, paper.month, paper.month === null ? null : paper.day].filter(
    (part): part is number => part !== null,
  );
  return { 'date-parts': [parts] };
}

function thesisGenre(paper: Paper): string | undefined {
  if (paper.entryType === 'phdthesis') return 'PhD thesis';
  if (paper.entryType === 'mastersthesis') return "Master's thesis";
  return undefined;
}

const isReport = (paper: Paper) => paper.entryType === 'techreport' || paper.entryType === 'report';

/** One paper as a CSL-JSON item: what pandoc, citeproc and Zotero read. */
function toItem(paper: Paper): CslItem {
  const item: CslItem = { id: paper.citekey, type: cslType(paper.entryType) };
  for (const creator of paper.creators) {
    const variable = CSL_ROLES[creator.role];
    if (!variable) continue;
    ((item[variable] ??= []) as CslName[]).push(cslName(creator));
  }
  const fields: [string, string | null | undefined][] = [
    ['title', paper.title],
    ['container-title', paper.journal ?? paper.booktitle],
    ['collection-title', paper.series],
    ['volume', paper.volume],
    ['issue', isReport(paper) ? null : paper.number],
    ['page', paper.pages?.replace(/\s*(--|–)\s*/g, '-')],
    ['publisher', paper.publisher ?? paper.institution ?? paper.school ?? paper.organization],
    ['publisher-place', paper.address],
    ['edition', paper.edition],
    ['chapter-number', paper.chapter],
    ['genre', thesisGenre(paper)],
    ['ISBN', paper.isbn],
    ['ISSN', paper.issn],
    ['DOI', paper.doi],
    ['URL', paper.url ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null)],
    ['number', isReport(paper) ? paper.number : null],
    ['note', paper.note],
    ['language', paper.language],
    ['keyword', [paper.keywords, ...paper.tags].filter(Boolean).join(', ') || null],
    ['abstract', paper.abstract],
  ];
  for (const [name, value] of fields) if (value) item[name] = value;
  if (paper.arxivId) item.archive = 'arXiv';
  if (paper.arxivId) item.archive_location = paper.arxivId;
  const issued = dateParts(paper);
  if (issued) item.issued = issued;
  return item;
}

/** CSL-JSON: an array of items, keyed by citation key. Fields CSL has no variable for are left out (see README). */
export function writeCslJson(papers: readonly Paper[]): string {
  return `${JSON.stringify(papers.map(toItem), null, 2)}\n`;
}

/** The same file as writeCslJson, one chunk per batch: the array's brackets and commas as JSON.stringify writes them. */
export function* cslJsonChunks(batches: Iterable<readonly Paper[]>): Generator<string> {
  yield* jsonArrayChunks(batches, toItem, 1);
  yield '\n';
}
