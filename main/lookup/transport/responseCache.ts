import type { SourceName } from '../candidate';

export interface CachedResponse {
  status: number;
  body: string;
}

/** A kept answer, with when it was fetched (ms since the epoch), so the transport can tell it stale. */
export interface CachedEntry extends CachedResponse {
  fetchedAt: number;
}

/** Answers kept by request, so a lookup already made is not sent again while it is fresh. */
export interface ResponseCache {
  get(key: string): CachedEntry | null;
  put(key: string, source: SourceName, response: CachedResponse): void;
}

export function memoryCache(now: () => number = () => Date.now()): ResponseCache {
  const entries = new Map<string, CachedEntry>();
  return {
    get: (key) => entries.get(key) ?? null,
    put: (key, _source, response) => void entries.set(key, { ...response, fetchedAt: now() }),
  };
}
