import type { Creator } from '../../../preload/api';
import { SourceResponseError, type Candidate, type PublishedVersion, type SourceRequest } from '../candidate';
import { isArxivDoi } from '../identifiers';
import { asList, authorFromFullName, isRecord, parseJson, textOrNull, yearOf } from './text';

export const S2_FIELDS =
  'title,abstract,year,publicationDate,authors,externalIds,venue,publicationVenue,journal,publicationTypes';

function request(
  origin: string,
  path: string,
  apiKey: string | null,
  describes: string,
  lookupBy: 'id' | 'search',
): SourceRequest {
  return {
    source: 'semanticScholar',
    url: `${origin}/graph/v1/paper/${path}`,
    headers: apiKey ? { 'x-api-key': apiKey } : {},
    describes,
    lookupBy,
  };
}

/** By arXiv id (`ARXIV:`), DOI (`DOI:`), or Semantic Scholar's own 40-hex paperId (bare, as the API takes it). */
export function s2IdRequest(
  origin: string,
  id: { arxivId: string } | { doi: string } | { paperId: string },
  apiKey: string | null = null,
): SourceRequest {
  const fields = new URLSearchParams({ fields: S2_FIELDS });
  if ('paperId' in id) {
    return request(
      origin,
      `${encodeURIComponent(id.paperId)}?${fields.toString()}`,
      apiKey,
      `Semantic Scholar paper ${id.paperId}`,
      'id',
    );
  }
  const [kind, value] = 'arxivId' in id ? ['ARXIV', id.arxivId] : ['DOI', id.doi];
  return request(
    origin,
    `${kind}:${encodeURIComponent(value).replace(/%2F/g, '/')}?${fields.toString()}`,
    apiKey,
    `Semantic Scholar ${kind === 'ARXIV' ? 'arXiv' : 'DOI'} ${value}`,
    'id',
  );
}

export function s2TitleRequest(origin: string, title: string, apiKey: string | null = null): SourceRequest {
  const query = new URLSearchParams({ query: title, fields: S2_FIELDS });
  return request(
    origin,
    `search/match?${query.toString()}`,
    apiKey,
    `Semantic Scholar title "${title}"`,
    'search',
  );
}

const fail = (message: string) => new SourceResponseError('semanticScholar', message);

function publishedOf(paper: Record<string, unknown>, doi: string | null): PublishedVersion | null {
  const venue = isRecord(paper.publicationVenue) ? paper.publicationVenue : {};
  const journal = isRecord(paper.journal) ? paper.journal : {};
  const venueName = textOrNull(venue.name) ?? textOrNull(paper.venue) ?? textOrNull(journal.name);
  if (!venueName || /^arxiv(\.org)?$/i.test(venueName)) return null;
  const isJournal =
    venue.type === 'journal' || (venue.type === undefined && textOrNull(journal.name) !== null);
  return {
    entryType: isJournal ? 'article' : 'inproceedings',
    venue: venueName,
    doi,
    year: yearOf(paper.year),
    volume: textOrNull(journal.volume),
    number: null,
    pages: textOrNull(journal.pages)?.replace(/\s*-+\s*/, '--') ?? null,
    publisher: null,
  };
}

function candidateOf(paper: unknown): Candidate | null {
  if (!isRecord(paper)) return null;
  const title = textOrNull(paper.title);
  const paperId = textOrNull(paper.paperId);
  if (!title || !paperId) return null;
  const ids = isRecord(paper.externalIds) ? paper.externalIds : {};
  const arxivId = textOrNull(ids.ArXiv);
  const rawDoi = textOrNull(ids.DOI)?.toLowerCase() ?? null;
  const doi = rawDoi && !isArxivDoi(rawDoi) ? rawDoi : null;
  const creators = asList(paper.authors).flatMap((author): Creator[] => {
    const name = isRecord(author) ? textOrNull(author.name) : null;
    const creator = name ? authorFromFullName(name) : null;
    return creator ? [creator] : [];
  });
  const date = /^(\d{4})-(\d{2})/.exec(textOrNull(paper.publicationDate) ?? '');
  const fields: Candidate['fields'] = {};
  if (doi) fields.doi = doi;
  if (arxivId) Object.assign(fields, { eprint: arxivId, archivePrefix: 'arXiv' });
  return {
    source: 'semanticScholar',
    sourceId: paperId,
    title,
    abstract: textOrNull(paper.abstract),
    creators,
    year: yearOf(paper.year),
    month: date ? Number(date[2]) : null,
    arxivId,
    doi,
    entryType: 'misc',
    fields,
    published: publishedOf(paper, doi),
  };
}

/**
 * Reads a paper (`/paper/{id}`) or a title match (`/paper/search/match`, `{ data: [paper] }`).
 * A 404 means no such paper, or no title close enough: no candidates.
 */
export function parseS2Response(status: number, body: string): Candidate[] {
  if (status === 404) return [];
  const json = parseJson(body, fail);
  if (!isRecord(json)) throw fail('The answer was not a paper.');
  const papers = Array.isArray(json.data) ? json.data : [json];
  return papers.flatMap((paper) => {
    const candidate = candidateOf(paper);
    return candidate ? [candidate] : [];
  });
}
