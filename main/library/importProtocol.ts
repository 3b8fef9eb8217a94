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

/**
 * The text a preview showed, sent to the prepared worker so it reads the papers while the person
 * looks (the import then skips reading them, when it is of the same text).
 */
export interface ImportAhead {
  type: 'readAhead';
  text: string;
  format: ImportFormat;
  html?: string | undefined;
}

/** The message importWorker ends with: what to import, and a flag main sets to stop it. */
export interface ImportJob {
  type: 'import';
  text: string;
  options: ImportJobOptions;
  /** An Int32Array's buffer; element 0 becomes 1 when the import should stop. */
  stop: SharedArrayBuffer;
}

export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult; readAhead: boolean }
  | { type: 'failed'; error: ApiError };

export type ImportRequest = ImportAhead | ImportJob;
