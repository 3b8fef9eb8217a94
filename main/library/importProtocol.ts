import type { ApiError, ImportFormat, ImportResult, PaperStatus } from '../../preload/api';

/** What an import needs besides its text; the same as commitImport's options, without the control. */
export interface ImportJobOptions {
  sourceName: string | null;
  format: ImportFormat;
  placement: 'top' | 'bottom';
  status?: PaperStatus;
  keywordTags?: boolean;
  /** The paste's HTML flavour, whose links give papers their arXiv ids. */
  html?: string;
}

/** workerData of importWorker: the library it opens its own connection to, before any job arrives. */
export interface ImportWorkerStart {
  path: string;
  nativeBinding?: string | undefined;
}

/** The one message importWorker waits for: what to import, and a flag main sets to stop it. */
export interface ImportJob {
  text: string;
  options: ImportJobOptions;
  /** An Int32Array's buffer; element 0 becomes 1 when the import should stop. */
  stop: SharedArrayBuffer;
}

export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; error: ApiError };
