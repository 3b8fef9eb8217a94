import { z } from '../vendor/zod';
import { PAPER_STATUSES, type BibRecord } from '../../preload/api';
import { arxivIdOf, authorNames, venueOf } from '../record/record';
import { creatorSchema, entryTypeSchema, extraFieldSchema, recordFieldShape } from '../record/recordSchema';
import type { ImportedPaper } from './importedPaper';
import { readWellFormedExport } from './wellFormedExport';

export const JSON_FORMAT = 'shelfmark-library';
/** 1: authors, year, venue, arxivId, doi and url; 2: the whole bibliographic record. Both import. */
export const JSON_VERSION = 2;

const note = z.object({ body: z.string(), quote: z.string().nullable().default(null) });
const paper = z.object({
  citekey: z.string().nullable().default(null),
  citekeyProvisional: z.boolean().optional(),
  title: z.string().min(1),
  abstract: z.string().nullable().default(null),
  codeUrl: z.string().nullable().default(null),
  // Version 2: the record. Text fields left out are empty.
  entryType: entryTypeSchema.optional(),
  creators: z.array(creatorSchema).optional(),
  month: z.number().int().min(1).max(12).nullable().optional(),
  day: z.number().int().min(1).max(31).nullable().optional(),
  extraFields: z.array(extraFieldSchema).optional(),
  ...recordFieldShape,
  // Version 1 (year, doi and url are in both).
  arxivId: z.string().nullable().default(null),
  authors: z.array(z.string()).default([]),
  year: z.number().int().nullable().default(null),
  venue: z.string().nullable().default(null),
  status: z.enum(PAPER_STATUSES).default('unread'),
  tags: z.array(z.string()).default([]),
  notes: z.array(note).default([]),
  addedAt: z.string().optional(),
  readingAt: z.string().nullable().default(null),
  readAt: z.string().nullable().default(null),
});

/** Shelfmark's own export: everything it knows, papers in reading order (Unread's "up next" first). */
export const shelfmarkJson = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.number().int().max(JSON_VERSION, 'This file comes from a newer Shelfmark; update to import it.'),
  exportedAt: z.string().optional(),
  tags: z.array(z.object({ name: z.string(), color: z.string().nullable() })).default([]),
  papers: z.array(paper),
});

export type ShelfmarkJson = z.input<typeof shelfmarkJson>;
/** The export as read: defaults filled in, unknown keys left out. */
export type JsonExport = z.infer<typeof shelfmarkJson>;
export type JsonPaper = z.infer<typeof paper>;

export function looksLikeShelfmarkJson(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes(`"${JSON_FORMAT}"`);
}

/** Where the JSON breaks, in lines and columns a person can find, instead of the engine's own words. */
function notJson(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return 'The file looks like a Shelfmark export but is not valid JSON.';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `The file looks like a Shelfmark export but is not valid JSON: it breaks at line ${line}, column ${column}.`;
}

/**
 * A version 2 paper's record; null for a version 1 paper, whose fields make one on import.
 * Written out field by field (the type checks that none is missing): one object of one shape
 * for every paper, where adding fields by name, or spreading, cost a second at 100,000 papers.
 */
function recordOf(data: JsonPaper): BibRecord | null {
  if (data.entryType === undefined && data.creators === undefined) return null;
  return {
    entryType: data.entryType ?? 'misc',
    creators: data.creators ?? [],
    year: data.year,
    month: data.month ?? null,
    day: data.day ?? null,
    extraFields: data.extraFields ?? [],
    journal: data.journal ?? null,
    booktitle: data.booktitle ?? null,
    volume: data.volume ?? null,
    number: data.number ?? null,
    pages: data.pages ?? null,
    publisher: data.publisher ?? null,
    address: data.address ?? null,
    edition: data.edition ?? null,
    series: data.series ?? null,
    chapter: data.chapter ?? null,
    institution: data.institution ?? null,
    school: data.school ?? null,
    organization: data.organization ?? null,
    howpublished: data.howpublished ?? null,
    isbn: data.isbn ?? null,
    issn: data.issn ?? null,
    doi: data.doi ?? null,
    url: data.url ?? null,
    eprint: data.eprint ?? null,
    archivePrefix: data.archivePrefix ?? null,
    primaryClass: data.primaryClass ?? null,
    note: data.note ?? null,
    language: data.language ?? null,
    keywords: data.keywords ?? null,
  } satisfies Record<keyof BibRecord, unknown>;
}

function toImported(data: JsonPaper): ImportedPaper {
  const record = recordOf(data);
  const paper: ImportedPaper = {
    title: data.title,
    abstract: data.abstract,
    url: record ? record.url : (data.url ?? null),
    codeUrl: data.codeUrl,
    arxivId: record ? arxivIdOf(record) : data.arxivId,
    authors: record ? authorNames(record) : data.authors,
    year: record ? record.year : data.year,
    venue: record ? venueOf(record) : data.venue,
    doi: record ? record.doi : (data.doi ?? null),
    citekey: data.citekey,
    tags: data.tags,
    notes: data.notes,
    status: data.status,
    readingAt: data.readingAt,
    readAt: data.readAt,
  };
  if (data.addedAt !== undefined) paper.addedAt = data.addedAt;
  if (record) {
    paper.record = record;
    if (data.citekeyProvisional !== undefined) paper.citekeyProvisional = data.citekeyProvisional;
  }
  return paper;
}

export function parseShelfmarkJson(text: string): {
  papers: ImportedPaper[];
  tagColors: Map<string, string | null>;
  errors: string[];
} {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { papers: [], tagColors: new Map(), errors: [notJson(text, error)] };
  }
  const read = readShelfmarkJson(data);
  if (!read.success) {
    const issue = read.error.issues[0];
    return {
      papers: [],
      tagColors: new Map(),
      errors: [
        `The file is not a Shelfmark export: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}.`,
      ],
    };
  }
  return {
    papers: read.data.papers.map(toImported),
    tagColors: new Map(read.data.tags.map((tag) => [tag.name, tag.color])),
    errors: [],
  };
}

/** The fast check first; the schema only for a file it does not pass, to say what is wrong (or to read what it was too strict for). */
export function readShelfmarkJson(data: unknown): z.ZodSafeParseResult<JsonExport> {
  const wellFormed = readWellFormedExport(data, JSON_FORMAT, JSON_VERSION);
  return wellFormed ? { success: true, data: wellFormed } : shelfmarkJson.safeParse(data);
}
