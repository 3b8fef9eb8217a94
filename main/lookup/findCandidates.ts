import { ShelfmarkError } from '../library/ShelfmarkError';
import {
  SOURCE_LABELS,
  SourceResponseError,
  type Candidate,
  type SourceName,
  type SourceRequest,
} from './candidate';
import type { LookupSettings } from './settings';
import { arxivIdRequests, arxivTitleRequest, parseArxivFeed } from './sources/arxiv';
import { crossrefDoiRequest, crossrefTitleRequest, parseCrossrefResponse } from './sources/crossref';
import { dblpTitleRequest, parseDblpResponse } from './sources/dblp';
import { parseOpenReviewResponse } from './sources/openReview';
import { parseS2Response, s2IdRequest, s2TitleRequest } from './sources/semanticScholar';
import type { CachedResponse } from './transport/responseCache';

/** What Shelfmark knows of a paper to look it up by. */
export interface LookupQuery {
  title: string | null;
  arxivId: string | null;
  doi: string | null;
}

export interface LookupContext {
  settings: LookupSettings;
  origins: Record<SourceName, string>;
  send(request: SourceRequest): Promise<CachedResponse>;
}

export interface CandidateSet {
  candidates: Candidate[];
  /** The candidates were found by the paper's own arXiv id or DOI, not by its title. */
  byIdentifier: boolean;
  /** Sources that could not be asked or read, each said in a sentence; the others still answered. */
  problems: string[];
}

function parse(request: SourceRequest, response: CachedResponse): Candidate[] {
  switch (request.source) {
    case 'arxiv':
      return response.status === 404 ? [] : parseArxivFeed(response.body);
    case 'semanticScholar':
      return parseS2Response(response.status, response.body);
    case 'crossref':
      return parseCrossrefResponse(response.status, response.body);
    case 'dblp':
      return response.status === 404 ? [] : parseDblpResponse(response.body);
    case 'openReview':
      return parseOpenReviewResponse(response.status, response.body);
  }
}

export interface FindOptions {
  /** arXiv's entries already fetched for many papers in one batched request, by id. */
  arxivEntries?: ReadonlyMap<string, Candidate>;
}

function idRequests(query: LookupQuery, context: LookupContext, options: FindOptions): SourceRequest[] {
  const { origins, settings } = context;
  const on = (source: SourceName) => settings.sources.includes(source);
  const requests: SourceRequest[] = [];
  if (query.arxivId) {
    if (on('arxiv') && !options.arxivEntries)
      requests.push(...arxivIdRequests(origins.arxiv, [query.arxivId]));
    if (on('semanticScholar'))
      requests.push(s2IdRequest(origins.semanticScholar, { arxivId: query.arxivId }, settings.s2ApiKey));
  }
  if (query.doi) {
    if (on('crossref'))
      requests.push(crossrefDoiRequest(origins.crossref, query.doi, settings.crossrefEmail));
    if (on('semanticScholar'))
      requests.push(s2IdRequest(origins.semanticScholar, { doi: query.doi }, settings.s2ApiKey));
  }
  return requests;
}

function titleRequests(title: string, context: LookupContext, publishedOnly: boolean): SourceRequest[] {
  const { origins, settings } = context;
  const on = (source: SourceName) => settings.sources.includes(source);
  const requests: (SourceRequest | null)[] = [];
  // With an id in hand, DBLP is asked only for the published version of the preprint.
  if (on('dblp')) requests.push(dblpTitleRequest(origins.dblp, title));
  if (!publishedOnly) {
    if (on('semanticScholar'))
      requests.push(s2TitleRequest(origins.semanticScholar, title, settings.s2ApiKey));
    if (on('crossref')) requests.push(crossrefTitleRequest(origins.crossref, title, settings.crossrefEmail));
    if (on('arxiv')) requests.push(arxivTitleRequest(origins.arxiv, title));
  }
  return requests.filter((request): request is SourceRequest => request !== null);
}

/**
 * Asks the enabled sources about one paper: by its arXiv id or DOI when it has one, else by
 * title. With lookups off, nothing is sent and the person is told so.
 */
export async function findCandidates(
  query: LookupQuery,
  context: LookupContext,
  options: FindOptions = {},
): Promise<CandidateSet> {
  if (!context.settings.enabled) {
    throw new ShelfmarkError('not_available', 'Lookups are turned off in the settings; nothing was sent.');
  }
  if (context.settings.sources.length === 0) {
    throw new ShelfmarkError(
      'not_available',
      'No lookup source is turned on in the settings; nothing was sent.',
    );
  }
  const byIdentifier = query.arxivId !== null || query.doi !== null;
  const requests = byIdentifier ? idRequests(query, context, options) : [];
  const known = query.arxivId ? options.arxivEntries?.get(query.arxivId) : undefined;
  if (query.title) requests.push(...titleRequests(query.title, context, byIdentifier));
  if (requests.length === 0 && known) return { candidates: [known], byIdentifier, problems: [] };
  if (requests.length === 0) {
    throw new ShelfmarkError(
      'invalid_argument',
      'There is nothing to look this paper up by: no title, arXiv id or DOI.',
    );
  }
  const candidates: Candidate[] = known ? [known] : [];
  const problems: string[] = [];
  const answers = await Promise.allSettled(
    requests.map(async (request) => parse(request, await context.send(request))),
  );
  answers.forEach((answer, index) => {
    const source = SOURCE_LABELS[requests[index]?.source ?? 'arxiv'];
    if (answer.status === 'fulfilled') candidates.push(...answer.value);
    else if (answer.reason instanceof ShelfmarkError) problems.push(answer.reason.message);
    else if (answer.reason instanceof SourceResponseError)
      problems.push(`${source}: ${answer.reason.message}`);
    else throw answer.reason;
  });
  if (!known && answers.every((answer) => answer.status === 'rejected')) {
    throw new ShelfmarkError('not_available', `No source could be asked. ${problems.join(' ')}`);
  }
  return { candidates, byIdentifier, problems };
}

/**
 * arXiv's entries for many papers in as few requests as its batches allow (one every 3 s), so a
 * whole import is not asked for one id at a time. Null when arXiv is off or could not be asked:
 * each paper then asks for itself.
 */
export async function fetchArxivBatch(
  arxivIds: readonly string[],
  context: LookupContext,
): Promise<Map<string, Candidate> | null> {
  if (!context.settings.enabled || !context.settings.sources.includes('arxiv') || arxivIds.length < 2)
    return null;
  const entries = new Map<string, Candidate>();
  try {
    for (const request of arxivIdRequests(context.origins.arxiv, [...new Set(arxivIds)])) {
      const response = await context.send(request);
      for (const candidate of parse(request, response)) entries.set(candidate.sourceId, candidate);
    }
  } catch (error) {
    if (error instanceof ShelfmarkError || error instanceof SourceResponseError) return null;
    throw error;
  }
  return entries;
}
