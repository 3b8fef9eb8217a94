import type { SourceRequest } from '../candidate';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a kept answer is used before it is asked again. A title search goes stale first
 * (new papers get indexed, a preprint's published version appears): 30 days. What an arXiv id,
 * DOI or paper id names changes rarely (a new version, a venue added): 180 days. "No such
 * paper" (404) lasts 7 days, because a new arXiv id reaches Semantic Scholar and Crossref within
 * days and should not stay unknown for months.
 */
export const CACHE_AGE_LIMITS_MS = {
  search: 30 * DAY_MS,
  id: 180 * DAY_MS,
  notFound: 7 * DAY_MS,
} as const;

export function cacheAgeLimitMs(request: Pick<SourceRequest, 'lookupBy'>, status: number): number {
  if (status === 404) return CACHE_AGE_LIMITS_MS.notFound;
  return request.lookupBy === 'id' ? CACHE_AGE_LIMITS_MS.id : CACHE_AGE_LIMITS_MS.search;
}
