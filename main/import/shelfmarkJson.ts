import { z } from 'zod';
import { PAPER_STATUSES } from '../../preload/api';
import type { ImportedPaper } from './importedPaper';

export const JSON_FORMAT = 'shelfmark-library';
export const JSON_VERSION = 1;

const note = z.object({ body: z.string(), quote: z.string().nullable().default(null) });
const paper = z.object({
  citekey: z.string().nullable().default(null),
  title: z.string().min(1),
  abstract: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  codeUrl: z.string().nullable().default(null),
  arxivId: z.string().nullable().default(null),
  authors: z.array(z.string()).default([]),
  year: z.number().int().nullable().default(null),
  venue: z.string().nullable().default(null),
  doi: z.string().nullable().default(null),
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

export type ShelfmarkJson = z.infer<typeof shelfmarkJson>;

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
  const parsed = shelfmarkJson.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      papers: [],
      tagColors: new Map(),
      errors: [
        `The file is not a Shelfmark export: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}.`,
      ],
    };
  }
  return {
    papers: parsed.data.papers,
    tagColors: new Map(parsed.data.tags.map((tag) => [tag.name, tag.color])),
    errors: [],
  };
}
