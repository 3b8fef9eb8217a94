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
