import type { SourceName } from '../candidate';

export interface CachedResponse {
  status: number;
  body: string;
}

/** Answers kept by request, so a lookup already made is never sent again. */
export interface ResponseCache {
  get(key: string): CachedResponse | null;
  put(key: string, source: SourceName, response: CachedResponse): void;
}

export function memoryCache(): ResponseCache {
  const entries = new Map<string, CachedResponse>();
  return {
    get: (key) => entries.get(key) ?? null,
    put: (key, _source, response) => void entries.set(key, response),
  };
}
