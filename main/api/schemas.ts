import { z } from '../vendor/zod';
import {
  CREATOR_ROLES,
  SORT_KEYS,
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  LOOKUP_SOURCES,
  MAX_IMPORT_TEXT,
  MAX_QUERY_LENGTH,
  PAPER_STATUSES,
  type ApiArgs,
  type ApiMethod,
} from '../../preload/api';
import { LOOKUP_FIELDS } from '../library/lookup/fieldChanges';
import { creatorSchema, entryTypeSchema, extraFieldSchema, recordFieldShape } from '../record/recordSchema';

const id = z.number().int().positive();
const ids = z.array(id).min(1).max(1_000_000);
const status = z.enum(PAPER_STATUSES);
const tagName = z.string().max(200);
const noteBody = z.string().max(1_000_000);
const none = z.strictObject({});
const importFormat = z.enum(IMPORT_FORMATS);
const exportRequest = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  selection: z.strictObject({
    ids: z.array(id).max(1_000_000).optional(),
    query: z.string().max(MAX_QUERY_LENGTH).optional(),
    tag: tagName.optional(),
    status: status.optional(),
  }),
});
const placement = z.union([
  z.strictObject({ to: z.enum(['top', 'bottom']) }),
  z.strictObject({ before: id }),
  z.strictObject({ after: id }),
]);

const nullableText = z.string().max(1_000_000).nullable();
/** Only shapes here; what a year, a DOI or a name must look like is checked, with clear messages, by the core. */
const paperEdit = z.strictObject({
  title: z.string().max(10_000).optional(),
  abstract: nullableText.optional(),
  codeUrl: nullableText.optional(),
  entryType: entryTypeSchema.optional(),
  creators: z
    .array(
      z.union([z.strictObject({ role: z.enum(CREATOR_ROLES), name: z.string().max(1000) }), creatorSchema]),
    )
    .max(10_000)
    .optional(),
  year: z.number().int().nullable().optional(),
  month: z.number().int().nullable().optional(),
  day: z.number().int().nullable().optional(),
  extraFields: z.array(extraFieldSchema).max(1000).optional(),
  ...recordFieldShape,
});

// List window
const listView = z.strictObject({
  status: status.optional(),
  tag: tagName.optional(),
  sort: z.strictObject({ by: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']) }).optional(),
  query: z.string().max(MAX_QUERY_LENGTH).optional(),
});
const rekey = z.strictObject({ ids: z.array(id).max(1_000_000).optional() });

// Export stream
/** Tickets are 24 random bytes in base64url. */
const exportTicket = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'Not an export ticket.');

/** Every method's argument schema; the mapped type makes a missing or mistyped schema a compile error. */
export const ARG_SCHEMAS: { [M in ApiMethod]: z.ZodType<ApiArgs<M>> } = {
  listPapers: z.strictObject({
    status: status.optional(),
    tag: tagName.optional(),
    sort: z.strictObject({ by: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']) }).optional(),
  }),
  getPaper: z.strictObject({ id }),
  search: z.strictObject({
    query: z.string().max(MAX_QUERY_LENGTH),
    status: status.optional(),
    tag: tagName.optional(),
    limit: z.number().int().min(0).max(5000).optional(),
  }),
  highlightPaper: z.strictObject({ id, query: z.string().max(MAX_QUERY_LENGTH) }),
  queueCounts: none,
  previewImport: z.strictObject({
    text: z.string().max(MAX_IMPORT_TEXT),
    format: importFormat.optional(),
    html: z.string().max(MAX_IMPORT_TEXT).optional(),
  }),
  commitImport: z.strictObject({
    text: z.string().max(MAX_IMPORT_TEXT),
    format: importFormat.optional(),
    sourceName: z.string().max(500).optional(),
    placement: z.enum(['top', 'bottom']).optional(),
    status: status.optional(),
    keywordTags: z.boolean().optional(),
    html: z.string().max(MAX_IMPORT_TEXT).optional(),
  }),
  exportPapers: exportRequest,
  saveExport: exportRequest,
  setCitekey: z.strictObject({ id, citekey: z.string().max(200) }),
  editPaper: z.strictObject({ id, edit: paperEdit }),
  addPaper: z.strictObject({ title: z.string().max(10_000), edit: paperEdit.optional() }),
  previewRekey: rekey,
  applyRekey: rekey,
  setStatus: z.strictObject({ ids, status }),
  moveInQueue: z.strictObject({ id, placement }),
  deletePapers: z.strictObject({ ids }),
  listTags: none,
  addTags: z.strictObject({ ids, names: z.array(tagName).min(1) }),
  removeTags: z.strictObject({ ids, names: z.array(tagName).min(1) }),
  previewTagRename: z.strictObject({ from: tagName, to: tagName }),
  renameTag: z.strictObject({ from: tagName, to: tagName, merge: z.boolean().optional() }),
  deleteTag: z.strictObject({ name: tagName }),
  setTagColor: z.strictObject({ name: tagName, color: z.string().max(20).nullable() }),
  addNote: z.strictObject({ paperId: id, body: noteBody, quote: z.string().max(100_000).optional() }),
  updateNote: z.strictObject({ id, body: noteBody }),
  deleteNote: z.strictObject({ id }),
  undo: none,
  redo: none,
  undoState: none,

  // Damaged library
  damagedLibrary: none,
  restoreBackup: z.strictObject({ name: z.string().min(1).max(1000).optional() }),

  // Lookup
  startLookup: z.strictObject({ ids: ids.optional(), onlyMissing: z.boolean().optional() }),
  listMissingDetails: z.strictObject({ latestImport: z.boolean().optional() }),
  lookupProgress: z.strictObject({ jobId: id }),
  cancelLookup: z.strictObject({ jobId: id }),
  listLookupReviews: none,
  acceptLookupReview: z.strictObject({ id, fields: z.array(z.enum(LOOKUP_FIELDS)).max(100).optional() }),
  rejectLookupReview: z.strictObject({ id }),
  getLookupSettings: none,
  setLookupSettings: z.strictObject({
    enabled: z.boolean().optional(),
    sources: z.array(z.enum(LOOKUP_SOURCES)).max(LOOKUP_SOURCES.length).optional(),
    crossrefEmail: z.string().max(320).nullable().optional(),
    s2ApiKey: z.string().max(500).nullable().optional(),
  }),

  // Import progress
  importProgress: none,
  cancelImport: none,

  // Export stream
  startExport: exportRequest,
  exportProgress: z.strictObject({ ticket: exportTicket }),
  cancelExport: z.strictObject({ ticket: exportTicket }),
  saveStartedExport: z.strictObject({ ticket: exportTicket }),

  // Import by identifier
  readIdentifiers: z.strictObject({ text: z.string().max(MAX_IMPORT_TEXT) }),
  previewIdentifierImport: z.strictObject({ text: z.string().max(MAX_IMPORT_TEXT) }),
  commitIdentifierImport: z.strictObject({
    text: z.string().max(MAX_IMPORT_TEXT),
    placement: z.enum(['top', 'bottom']).optional(),
    status: status.optional(),
  }),

  // List window
  listWindow: z.strictObject({
    view: listView,
    offset: z.number().int().min(0),
    limit: z.number().int().min(0).max(1000),
    around: id.optional(),
  }),
  listIds: z.strictObject({
    view: listView,
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(0).optional(),
    within: z.array(id).max(1_000_000).optional(),
  }),
  libraryVersion: none,
  undoOperation: z.strictObject({ id }),

  // Published version
  publishedVersion: z.strictObject({ id }),
  usePublishedVersion: z.strictObject({ id }),

  // Running lookup
  runningLookup: none,

  // Window reads
  windowState: z.strictObject({
    view: listView,
    offset: z.number().int().min(0),
    limit: z.number().int().min(0).max(1000),
    around: id.optional(),
    within: z.array(id).max(1_000_000).optional(),
    listOnly: z.boolean().optional(),
  }),
};
