import type { ApiErrorCode, ApiMethod, ApiResponse } from '../../preload/api';
import { failureKind, failureMessage, type FailureKind } from '../db/sqliteErrors';
import { ShelfmarkError } from '../library/ShelfmarkError';
import type { Handlers } from './handlers';
import { ARG_SCHEMAS } from './schemas';

export type Dispatch = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

function isMethod(method: string): method is ApiMethod {
  return Object.hasOwn(ARG_SCHEMAS, method);
}

/**
 * The one door into the core for every transport: checks the method name, validates
 * the payload, runs the handler, and turns every failure into a typed error.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, args) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method "${method}".` } };
    }
    const parsed = ARG_SCHEMAS[method].safeParse(args ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
        .join('; ');
      return {
        ok: false,
        error: { code: 'invalid_argument', message: `Bad arguments to ${method}: ${detail}` },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ShelfmarkError) return { ok: false, error: error.toApiError() };
      log(error);
      return {
        ok: false,
        error: { code: FAILURE_CODES[failureKind(error)], message: failureMessage(error) },
      };
    }
  };
}

const FAILURE_CODES: Readonly<Record<FailureKind, ApiErrorCode>> = {
  corrupt: 'damaged',
  busy: 'busy',
  full: 'disk_full',
  readonly: 'internal',
  unopenable: 'internal',
  other: 'internal',
};
