import type { BibRecord, ImportFormat, PaperStatus } from '../../preload/api';

/** A paper as any import format delivers it, before dedupe and keys. */
export interface ImportedPaper {
  title: string;
  abstract: string | null;
  url: string | null;
  codeUrl: string | null;
  arxivId: string | null;
  authors: string[];
  year: number | null;
  venue: string | null;
  doi: string | null;
  /** The key the source used; kept when it is free and valid. */
  citekey: string | null;
  tags: string[];
  notes: { body: string; quote: string | null }[];
  /** The whole bibliographic record, from formats that carry one; without it, the fields above make it. */
  record?: BibRecord;
  /** Shelfmark's own export says whether its key was provisional. */
  citekeyProvisional?: boolean;
  /** Shelfmark's own export carries where the paper was in the reading workflow. */
  status?: PaperStatus;
  addedAt?: string;
  readingAt?: string | null;
  readAt?: string | null;
}

export interface ParsedImport {
  format: Exclude<ImportFormat, 'auto'>;
  papers: ImportedPaper[];
  /** Lines skipped on purpose (page noise, header and footer). */
  warnings: string[];
  /** Entries that could not be read, with their line; the others are still imported. */
  errors: string[];
  /** Colors of tags, from Shelfmark's own export. */
  tagColors: Map<string, string | null>;
}

export function emptyPaper(title: string): ImportedPaper {
  return {
    title,
    abstract: null,
    url: null,
    codeUrl: null,
    arxivId: null,
    authors: [],
    year: null,
    venue: null,
    doi: null,
    citekey: null,
    tags: [],
    notes: [],
  };
}
