import type { ApiError, ApiErrorCode } from '../../preload/api';

/** An error whose message is meant for the person; anything else is reported as internal. */
export class ShelfmarkError extends Error {
  /**
   * @param outcome What was and wasn't saved, for surfaces that add it (the CLI); null when the
   *   message already says it.
   */
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly outcome: string | null = 'Nothing was changed.',
  ) {
    super(message);
    this.name = 'ShelfmarkError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}

/**
 * What a person is told about an error that is not a ShelfmarkError: never the raw SQLite or
 * JavaScript text, always whether anything was saved. Every change runs in one transaction,
 * so a failed one saved nothing.
 */
export function internalErrorMessage(error: unknown, details = 'The details are in the log.'): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'SQLITE_FULL') return 'The disk is full; nothing was saved. Free some space and try again.';
  if (code === 'SQLITE_BUSY') return 'The library is busy in another program; nothing was saved. Try again.';
  if (code === 'SQLITE_READONLY') return 'The library file is read-only; nothing was saved.';
  return `Something went wrong inside Shelfmark; nothing was changed. ${details}`;
}
