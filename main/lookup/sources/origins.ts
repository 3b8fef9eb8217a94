import type { SourceName } from '../candidate';

/** Each source's real origin; an environment variable replaces it (a mirror, a proxy, a test server). */
export const DEFAULT_ORIGINS: Readonly<Record<SourceName, string>> = {
  arxiv: 'https://export.arxiv.org',
  semanticScholar: 'https://api.semanticscholar.org',
  crossref: 'https://api.crossref.org',
  dblp: 'https://dblp.org',
  openReview: 'https://api2.openreview.net',
};

export const ORIGIN_VARIABLES: Readonly<Record<SourceName, string>> = {
  arxiv: 'SHELFMARK_ARXIV_API',
  semanticScholar: 'SHELFMARK_S2_API',
  crossref: 'SHELFMARK_CROSSREF_API',
  dblp: 'SHELFMARK_DBLP_API',
  openReview: 'SHELFMARK_OPENREVIEW_API',
};

/** The origin each source is asked at: the variable's value without a trailing slash, else the real one. */
export function originsFrom(env: Readonly<Record<string, string | undefined>>): Record<SourceName, string> {
  const origins = { ...DEFAULT_ORIGINS };
  for (const source of Object.keys(ORIGIN_VARIABLES) as SourceName[]) {
    const value = env[ORIGIN_VARIABLES[source]]?.trim();
    if (value) origins[source] = value.replace(/\/+$/, '');
  }
  return origins;
}
