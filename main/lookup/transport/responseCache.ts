import type { SourceName } from '../candidate';

export interface CachedResponse {
  status: number;
  body: string;
}

/** A kept answer, with when it was fetched (ms since the epoch). */
export interface CachedEntry extends CachedResponse {
  fetchedAt: number;
}

/** How long an answer with this status may be kept, in ms (see cacheAge.ts). */
export type AgeLimit = (status: number) => number;

/**
 * Answers kept by request, so a lookup already made is not sent again while it is fresh. The
 * cache stamps and ages entries by its own clock, so an entry is judged by the time it was written with.
 */
export interface ResponseCache {
  /** The answer kept for the key, when it is younger than its age limit; else null. */
  get(key: string, ageLimit?: AgeLimit): CachedResponse | null;
  put(key: string, source: SourceName, response: CachedResponse): void;
}

/** Fresh: fetched no longer ago than the limit (an entry stamped in the future, by a clock set back, is not). */
export function isFresh(entry: CachedEntry, now: number, ageLimit: AgeLimit | undefined): boolean {
  if (!ageLimit) return true;
  const age = now - entry.fetchedAt;
  return age >= 0 && age <= ageLimit(entry.status);
}

export function memoryCache(now: () => number = () => Date.now()): ResponseCache {
  const entries = new Map<string, CachedEntry>();
  return {
    get: (key, ageLimit) => {
      const entry = entries.get(key);
      return entry && isFresh(entry, now(), ageLimit) ? { status: entry.status, body: entry.body } : null;
    },
    put: (key, _source, response) => void entries.set(key, { ...response, fetchedAt: now() }),
  };
}
