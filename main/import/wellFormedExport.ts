import { CREATOR_ROLES, ENTRY_TYPES, PAPER_STATUSES, RECORD_FIELDS } from '../../preload/api';
import type { JsonExport, JsonPaper } from './shelfmarkJson';

/**
 * The fast check of Shelfmark's own export: the same rules as the zod schema in shelfmarkJson.ts,
 * written out by hand for the common case, a well-formed file. It reads the parsed JSON in
 * place (zod copies every object of 100,000 papers, about a second). It accepts only what the
 * schema accepts, and gives what the schema gives (defaults filled, unknown keys left out);
 * anything else, it returns null and the schema reads the file again, to say which field is
 * wrong and why. test/import/wellFormedExport.test.ts holds the two to the same answers.
 */

const STATUSES: ReadonlySet<unknown> = new Set(PAPER_STATUSES);
const ROLES: ReadonlySet<unknown> = new Set(CREATOR_ROLES);
const TYPES: ReadonlySet<unknown> = new Set(ENTRY_TYPES);
/** recordSchema's limits. */
const TEXT_MAX = 100_000;
const NAME_MAX = 200;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= TEXT_MAX;
const isNullableText = (value: unknown) => value === null || isText(value);
const isNullableString = (value: unknown) => value === null || typeof value === 'string';
const isIntIn = (value: unknown, min: number, max: number) =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

/** How many own keys an object parsed from JSON has (a strict object's keys must all be known). */
function keyCount(object: Json): number {
  let count = 0;
  for (const key in object) if (Object.hasOwn(object, key)) count += 1;
  return count;
}

function isCreator(value: unknown): boolean {
  return (
    isObject(value) &&
    keyCount(value) === 6 &&
    ROLES.has(value.role) &&
    isNullableText(value.family) &&
    isNullableText(value.given) &&
    isNullableText(value.particle) &&
    isNullableText(value.suffix) &&
    isNullableText(value.literal)
  );
}

function isExtraField(value: unknown): boolean {
  return (
    isObject(value) &&
    keyCount(value) === 2 &&
    typeof value.name === 'string' &&
    value.name.length <= NAME_MAX &&
    isText(value.value)
  );
}

const isArrayOf = (value: unknown, check: (item: unknown) => boolean): value is unknown[] =>
  Array.isArray(value) && value.every(check);
const isString = (value: unknown) => typeof value === 'string';

/** An optional, nullable field with a default of null: its value, or undefined when it is wrong. */
function nullable(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}

function notesOf(value: unknown): { body: string; quote: string | null }[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const notes: { body: string; quote: string | null }[] = [];
  for (const note of value) {
    if (!isObject(note) || typeof note.body !== 'string') return null;
    const quote = nullable(note.quote);
    if (quote === undefined) return null;
    notes.push({ body: note.body, quote });
  }
  return notes;
}

function paperOf(value: unknown): JsonPaper | null {
  if (!isObject(value)) return null;
  const { title, entryType, creators, month, day, extraFields, addedAt, citekeyProvisional } = value;
  if (typeof title !== 'string' || title.length === 0) return null;
  if (citekeyProvisional !== undefined && typeof citekeyProvisional !== 'boolean') return null;
  if (entryType !== undefined && !TYPES.has(entryType)) return null;
  if (creators !== undefined && !isArrayOf(creators, isCreator)) return null;
  if (month !== undefined && month !== null && !isIntIn(month, 1, 12)) return null;
  if (day !== undefined && day !== null && !isIntIn(day, 1, 31)) return null;
  if (extraFields !== undefined && !isArrayOf(extraFields, isExtraField)) return null;
  if (addedAt !== undefined && typeof addedAt !== 'string') return null;
  const citekey = nullable(value.citekey);
  const abstract = nullable(value.abstract);
  const codeUrl = nullable(value.codeUrl);
  const arxivId = nullable(value.arxivId);
  const venue = nullable(value.venue);
  const readingAt = nullable(value.readingAt);
  const readAt = nullable(value.readAt);
  if (
    citekey === undefined ||
    abstract === undefined ||
    codeUrl === undefined ||
    arxivId === undefined ||
    venue === undefined ||
    readingAt === undefined ||
    readAt === undefined
  )
    return null;
  // Defaults stand in for a missing key only: null is wrong where the schema has no nullable.
  const year = value.year === undefined ? null : value.year;
  if (year !== null && !Number.isSafeInteger(year)) return null;
  const status = value.status === undefined ? 'unread' : value.status;
  if (!STATUSES.has(status)) return null;
  const authors = value.authors === undefined ? [] : value.authors;
  const tags = value.tags === undefined ? [] : value.tags;
  if (!isArrayOf(authors, isString) || !isArrayOf(tags, isString)) return null;
  const notes = notesOf(value.notes);
  if (!notes) return null;
  const paper = {
    citekey,
    title,
    abstract,
    codeUrl,
    arxivId,
    authors,
    year,
    venue,
    status,
    tags,
    notes,
    readingAt,
    readAt,
  } as JsonPaper;
  if (citekeyProvisional !== undefined) paper.citekeyProvisional = citekeyProvisional;
  if (entryType !== undefined) paper.entryType = entryType as JsonPaper['entryType'];
  if (creators !== undefined) paper.creators = creators as JsonPaper['creators'];
  if (month !== undefined) paper.month = month as number | null;
  if (day !== undefined) paper.day = day as number | null;
  if (extraFields !== undefined) paper.extraFields = extraFields as JsonPaper['extraFields'];
  if (addedAt !== undefined) paper.addedAt = addedAt;
  for (const field of RECORD_FIELDS) {
    const text = value[field];
    if (text === undefined) continue;
    if (!isNullableText(text)) return null;
    paper[field] = text;
  }
  return paper;
}

function tagsOf(value: unknown): JsonExport['tags'] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const tags: JsonExport['tags'] = [];
  for (const tag of value) {
    if (!isObject(tag) || typeof tag.name !== 'string' || !isNullableString(tag.color)) return null;
    tags.push({ name: tag.name, color: tag.color });
  }
  return tags;
}

/** The export as the schema would give it, or null when anything in it is not well-formed. */
export function readWellFormedExport(
  data: unknown,
  format: string,
  newestVersion: number,
): JsonExport | null {
  if (!isObject(data) || data.format !== format) return null;
  const { version, exportedAt } = data;
  if (!Number.isSafeInteger(version) || (version as number) > newestVersion) return null;
  if (exportedAt !== undefined && typeof exportedAt !== 'string') return null;
  const tags = tagsOf(data.tags);
  if (!tags || !Array.isArray(data.papers)) return null;
  const papers: JsonPaper[] = [];
  for (const item of data.papers) {
    const paper = paperOf(item);
    if (!paper) return null;
    papers.push(paper);
  }
  const result: JsonExport = {
    format: format as JsonExport['format'],
    version: version as number,
    tags,
    papers,
  };
  if (exportedAt !== undefined) result.exportedAt = exportedAt;
  return result;
}
