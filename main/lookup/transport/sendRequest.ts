import { ShelfmarkError } from '../../library/ShelfmarkError';
import { SOURCE_LABELS, type SourceRequest } from '../candidate';
import { crossrefInterval } from '../sources/crossref';
import { cacheAgeLimitMs } from './cacheAge';
import { realClock, type Clock } from './clock';
import type { HostLimiter } from './hostLimiter';
import type { CachedResponse, ResponseCache } from './responseCache';
import { retryAfterMs } from './retryAfter';

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<Response>;

export interface TransportOptions {
  fetch: FetchLike;
  limiter: HostLimiter;
  cache: ResponseCache;
  clock?: Clock;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /** Attempts after the first, for 429, 5xx, timeouts and network errors. */
  retries?: number;
  /** First backoff; doubled each attempt. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the person is told instead. */
  maxRetryAfterMs?: number;
}

/** 404 is an answer (no such paper), so it is kept like a 200; everything else is not. */
const ANSWERS = new Set([200, 404]);
const RETRYABLE = new Set([429, 500, 502, 503, 504]);

class RetryableFailure extends Error {
  constructor(
    message: string,
    readonly waitMs: number | null,
    /** No connection at all: tried once more, not as many times as a busy service. */
    readonly offline = false,
  ) {
    super(message);
  }
}

/** The cache key: the URL without the contact address, which does not change the answer. */
export function requestKey(request: SourceRequest): string {
  const url = new URL(request.url);
  url.searchParams.delete('mailto');
  return url.toString();
}

/**
 * Sends one source request: from the cache when it was answered before, else through the
 * host's limiter, with a timeout, and retries with backoff that honour Retry-After. Failures
 * become a ShelfmarkError that says which service and why; nothing else changes.
 */
export async function sendRequest(
  request: SourceRequest,
  options: TransportOptions,
): Promise<CachedResponse> {
  const key = requestKey(request);
  const cached = options.cache.get(key, (status) => cacheAgeLimitMs(request, status));
  if (cached) return cached;
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  const label = SOURCE_LABELS[request.source];
  const host = new URL(request.url).host;
  let lastProblem = '';
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    try {
      const response = await options.limiter.schedule(host, () => attemptOnce(request, options, host));
      options.cache.put(key, request.source, response);
      return response;
    } catch (error) {
      if (!(error instanceof RetryableFailure)) throw error;
      lastProblem = error.message;
      if (attempt === retries || (error.offline && attempt >= 1)) break;
      const maxWait = options.maxRetryAfterMs ?? 60_000;
      if (error.waitMs !== null && error.waitMs > maxWait) {
        throw new ShelfmarkError(
          'not_available',
          `${label} asks to wait ${Math.ceil(error.waitMs / 1000)} s before the next request (${lastProblem}). Nothing was changed; try again later.`,
        );
      }
      options.limiter.holdOff(host, error.waitMs ?? backoff * 2 ** attempt);
    }
  }
  throw new ShelfmarkError(
    'not_available',
    `${label} could not be reached for ${request.describes}: ${lastProblem}. Nothing was changed; check the network or try again later.`,
  );
}

async function attemptOnce(
  request: SourceRequest,
  options: TransportOptions,
  host: string,
): Promise<CachedResponse> {
  const clock = options.clock ?? realClock;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  let response: Response;
  let body: string;
  try {
    response = await options.fetch(request.url, { headers: request.headers, signal });
    body = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new RetryableFailure(
      timedOut ? 'no answer in time' : 'no connection (offline, or the service is down)',
      null,
      !timedOut,
    );
  }
  const interval = crossrefInterval(response.headers);
  if (interval !== null) options.limiter.slowDown(host, interval);
  if (ANSWERS.has(response.status)) return { status: response.status, body };
  if (RETRYABLE.has(response.status)) {
    throw new RetryableFailure(
      response.status === 429
        ? 'too many requests (HTTP 429)'
        : `the service is unavailable (HTTP ${response.status})`,
      retryAfterMs(response.headers.get('retry-after'), clock.now()),
    );
  }
  throw new ShelfmarkError(
    'not_available',
    `${SOURCE_LABELS[request.source]} refused the request for ${request.describes} (HTTP ${response.status}). Nothing was changed.`,
  );
}
