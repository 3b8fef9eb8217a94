import type { ApiError, ApiErrorCode } from '../../preload/api';

/** An error whose message is meant for the person; anything else is reported as internal. */
export class ShelfmarkError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ShelfmarkError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}
