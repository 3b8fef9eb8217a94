import { z } from 'zod';
import { PAPER_STATUSES, type ApiArgs, type ApiMethod } from '../../preload/api';

/** Pasted pages are a few hundred kilobytes; this leaves room for a whole .bib file and no more. */
export const MAX_IMPORT_TEXT = 20 * 1024 * 1024;

const id = z.number().int().positive();
const status = z.enum(PAPER_STATUSES);

/** Every method's argument schema; the mapped type makes a missing or mistyped schema a compile error. */
export const ARG_SCHEMAS: { [M in ApiMethod]: z.ZodType<ApiArgs<M>> } = {
  listPapers: z.strictObject({ status: status.optional() }),
  getPaper: z.strictObject({ id }),
  queueCounts: z.strictObject({}),
  previewImport: z.strictObject({ text: z.string().max(MAX_IMPORT_TEXT) }),
  commitImport: z.strictObject({
    text: z.string().max(MAX_IMPORT_TEXT),
    sourceName: z.string().max(500).optional(),
  }),
};
