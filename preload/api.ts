/**
 * THE contract between the renderer and everything that owns data.
 *
 * Main registers one handler per method, the preload exposes exactly these methods,
 * the HTTP bridge serves them, and the renderer calls them through one client.
 * This file imports nothing: the sandboxed preload, main and the renderer all use it.
 */

export const PAPER_STATUSES = ['unread', 'reading', 'read'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

export interface Note {
  id: number;
  body: string;
  /** The quoted span of the abstract this note is anchored to, if any. */
  quote: string | null;
}

export interface Paper {
  id: number;
  citekey: string;
  title: string;
  abstract: string | null;
  status: PaperStatus;
  tags: string[];
  /** Project page or any other non-code link. */
  url: string | null;
  codeUrl: string | null;
  authors: string[];
  year: number | null;
  venue: string | null;
  arxivId: string | null;
  doi: string | null;
  notes: Note[];
  addedAt: string;
  updatedAt: string;
}

/** A paper as the list shows it: no abstract or notes, so large libraries stay cheap. */
export type PaperSummary = Pick<Paper, 'id' | 'citekey' | 'title' | 'status' | 'addedAt'>;

export type QueueCounts = Record<PaperStatus | 'all', number>;

export interface ImportCandidate {
  title: string;
  abstract: string | null;
  url: string | null;
  codeUrl: string | null;
  /** Set when a paper with the same normalized title is already in the library (or earlier in this paste). */
  duplicateOf: { id: number | null; title: string } | null;
}

export interface ImportPreview {
  candidates: ImportCandidate[];
  newCount: number;
  duplicateCount: number;
  /** Lines the parser could not place, with why; shown to the person, never silently dropped. */
  warnings: string[];
}

export interface ImportResult {
  added: number;
  duplicates: number;
  /** Entries that could not be imported (a broken BibTeX entry, say); the rest still are. */
  errors: string[];
  /** Lines that were skipped, as in the preview. */
  warnings: string[];
  importId: number | null;
}

export interface ShelfmarkApi {
  listPapers(args: { status?: PaperStatus }): Promise<PaperSummary[]>;
  getPaper(args: { id: number }): Promise<Paper>;
  queueCounts(args: Record<string, never>): Promise<QueueCounts>;
  previewImport(args: { text: string }): Promise<ImportPreview>;
  commitImport(args: { text: string; sourceName?: string }): Promise<ImportResult>;
}

export type ApiMethod = keyof ShelfmarkApi;
export type ApiArgs<M extends ApiMethod> = Parameters<ShelfmarkApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<ShelfmarkApi[M]>>;

export type ApiErrorCode =
  'invalid_argument' | 'not_found' | 'nothing_to_import' | 'unknown_method' | 'unauthorized' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

/** Every transport carries this envelope, so errors arrive typed instead of as thrown strings. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload puts on `window.shelfmark`. */
export type ShelfmarkBridge = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResponse<ApiResult<M>>>;
};

/** The single IPC channel every call travels on; main checks the sender and the method. */
export const IPC_CHANNEL = 'shelfmark:call';
