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

/** workerData of importWorker: its own connection to the library, and a flag main sets to stop it. */
export interface ImportJob {
  path: string;
  nativeBinding?: string | undefined;
  text: string;
  options: ImportJobOptions;
  /** An Int32Array's buffer; element 0 becomes 1 when the import should stop. */
  stop: SharedArrayBuffer;
}

export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; error: ApiError };
