import { RECORD_FIELDS, type Paper, type TagSummary } from '../../preload/api';
import { JSON_FORMAT, JSON_VERSION, type ShelfmarkJson } from '../import/shelfmarkJson';
import { jsonArrayChunks } from './jsonArrayChunks';

/** The record's text fields that are set; the import reads a missing one as empty. */
function setFields(paper: Paper): Partial<Record<(typeof RECORD_FIELDS)[number], string>> {
  return Object.fromEntries(
    RECORD_FIELDS.flatMap((field) => (paper[field] === null ? [] : [[field, paper[field]]])),
  );
}

/** One paper as the JSON export writes it. */
function jsonPaper(paper: Paper): ShelfmarkJson['papers'][number] {
  return {
    citekey: paper.citekey,
    citekeyProvisional: paper.citekeyProvisional,
    title: paper.title,
    abstract: paper.abstract,
    codeUrl: paper.codeUrl,
    entryType: paper.entryType,
    creators: paper.creators,
    year: paper.year,
    month: paper.month,
    day: paper.day,
    ...setFields(paper),
    extraFields: paper.extraFields,
    status: paper.status,
    tags: paper.tags,
    notes: paper.notes.map(({ body, quote }) => ({ body, quote })),
    addedAt: paper.addedAt,
    readingAt: paper.readingAt,
    readAt: paper.readAt,
  };
}

/**
 * Everything Shelfmark knows, in the shape its own import reads back: papers in reading
 * order (Unread's "up next" first), with the whole bibliographic record, statuses, times, tags
 * and anchored notes, and the tags' colors.
 */
export function writeJson(papers: readonly Paper[], tags: readonly TagSummary[], now = new Date()): string {
  const used = new Set(papers.flatMap((paper) => paper.tags.map((tag) => tag.toLowerCase())));
  const document: ShelfmarkJson = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: now.toISOString(),
    tags: tags.filter((tag) => used.has(tag.name.toLowerCase())).map(({ name, color }) => ({ name, color })),
    papers: papers.map(jsonPaper),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The same file as writeJson, one chunk per batch. `usedTags` are the lower-cased names of the
 * tags the exported papers carry: the file lists those tags (with colors) before the papers.
 */
export function* jsonChunks(
  batches: Iterable<readonly Paper[]>,
  tags: readonly TagSummary[],
  usedTags: ReadonlySet<string>,
  now = new Date(),
): Generator<string> {
  const head: ShelfmarkJson = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: now.toISOString(),
    tags: tags
      .filter((tag) => usedTags.has(tag.name.toLowerCase()))
      .map(({ name, color }) => ({ name, color })),
    papers: [],
  };
  yield JSON.stringify(head, null, 2).replace(/\[\]\n\}$/, '');
  yield* jsonArrayChunks(batches, jsonPaper, 2);
  yield '\n}\n';
}
