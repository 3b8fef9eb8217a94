import { SOURCE_NAMES, type SourceName } from './candidate';
import type { LookupContext } from './findCandidates';
import type { LookupSettings } from './settings';
import { originsFrom } from './sources/origins';
import { realClock, type Clock } from './transport/clock';
import { HostLimiter } from './transport/hostLimiter';
import type { ResponseCache } from './transport/responseCache';
import { sendRequest, type FetchLike } from './transport/sendRequest';

/**
 * The pause between two requests to each source: arXiv asks for 3 s; Semantic Scholar's shared
 * unauthenticated pool allows about one a second; Crossref's headers tell us theirs; DBLP asks
 * for restraint without a number, and so does OpenReview (asked only for forum URLs pasted).
 */
export const DEFAULT_INTERVALS: Readonly<Record<SourceName, number>> = {
  arxiv: 3000,
  semanticScholar: 1000,
  crossref: 100,
  dblp: 1000,
  openReview: 1000,
};

export interface LookupContextOptions {
  settings: LookupSettings;
  cache: ResponseCache;
  fetch?: FetchLike;
  env?: Readonly<Record<string, string | undefined>>;
  clock?: Clock;
  intervals?: Partial<Record<SourceName, number>>;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxRetryAfterMs?: number;
}

/** Wires sources to one transport: origins from the environment, one limiter shared by every lookup. */
export function createLookupContext(options: LookupContextOptions): LookupContext {
  const origins = originsFrom(options.env ?? process.env);
  const intervals = { ...DEFAULT_INTERVALS, ...options.intervals };
  // Sources behind one host (a proxy, the test server) share its slowest pause.
  const hostInterval = (host: string) =>
    Math.max(
      0,
      ...SOURCE_NAMES.filter((source) => new URL(origins[source]).host === host).map(
        (source) => intervals[source],
      ),
    );
  const limiter = new HostLimiter(hostInterval, options.clock ?? realClock);
  const fetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  return {
    settings: options.settings,
    origins,
    send: (request) =>
      sendRequest(request, {
        fetch,
        limiter,
        cache: options.cache,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retries !== undefined ? { retries: options.retries } : {}),
        ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
        ...(options.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: options.maxRetryAfterMs } : {}),
      }),
  };
}
