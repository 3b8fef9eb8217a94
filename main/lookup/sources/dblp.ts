import type { Creator } from '../../../preload/api';
import { SourceResponseError, type Candidate, type SourceRequest } from '../candidate';
import { parseArxivId } from '../identifiers';
import { asList, authorFromFullName, isRecord, parseJson, textOrNull, yearOf } from './text';
import { plainWords } from './arxiv';

export function dblpTitleRequest(origin: string, title: string): SourceRequest | null {
  const words = plainWords(title);
  if (words.length === 0) return null;
  const params = new URLSearchParams({ q: words.join(' '), format: 'json', h: '10' });
  return {
    source: 'dblp',
    url: `${origin}/search/publ/api?${params.toString()}`,
    headers: {},
    describes: `DBLP title "${title}"`,
  };
}

const fail = (message: string) => new SourceResponseError('dblp', message);

/** CoRR is DBLP's copy of arXiv: never a published version. */
export function isCorrKey(key: string): boolean {
  return key.startsWith('journals/corr/');
}

function authorsOf(info: Record<string, unknown>): Creator[] {
  const authors = isRecord(info.authors) ? info.authors.author : undefined;
  // One author comes as an object, several as an array.
  return asList(authors).flatMap((author) => {
    const name = isRecord(author) ? textOrNull(author.text) : textOrNull(author);
    const creator = name ? authorFromFullName(name) : null;
    return creator ? [creator] : [];
  });
}

function candidateOf(hit: unknown): Candidate | null {
  const info = isRecord(hit) && isRecord(hit.info) ? hit.info : null;
  if (!info) return null;
  const key = textOrNull(info.key);
  const title = textOrNull(info.title)?.replace(/\.$/, '');
  if (!key || !title) return null;
  const corr = isCorrKey(key);
  const venue = asList(info.venue).map(textOrNull).filter(Boolean).join(', ') || null;
  const doi = textOrNull(info.doi)?.toLowerCase() ?? null;
  const arxivId = corr
    ? ([...asList(info.ee), info.doi].map((link) => parseArxivId(textOrNull(link) ?? '')).find(Boolean) ??
      null)
    : null;
  const type = textOrNull(info.type);
  const entryType =
    type === 'Journal Articles' ? 'article' : type?.startsWith('Conference') ? 'inproceedings' : 'misc';
  const year = yearOf(info.year);
  const fields: Candidate['fields'] = {};
  if (!corr && doi) fields.doi = doi;
  if (arxivId) Object.assign(fields, { eprint: arxivId, archivePrefix: 'arXiv' });
  const publishedVenue = !corr && venue && entryType !== 'misc' ? venue : null;
  return {
    source: 'dblp',
    sourceId: key,
    title,
    abstract: null,
    creators: authorsOf(info),
    year,
    month: null,
    arxivId,
    doi: corr ? null : doi,
    entryType: corr ? 'misc' : entryType,
    fields,
    published: publishedVenue
      ? {
          entryType,
          venue: publishedVenue,
          doi,
          year,
          volume: textOrNull(info.volume),
          number: textOrNull(info.number),
          pages: textOrNull(info.pages)?.replace(/-/, '--') ?? null,
          publisher: null,
        }
      : null,
  };
}

/** Reads `/search/publ/api?format=json`: `result.hits.hit[].info`; no `hit` when nothing matched. */
export function parseDblpResponse(body: string): Candidate[] {
  const json = parseJson(body, fail);
  const result = isRecord(json) ? json.result : undefined;
  if (!isRecord(result) || !isRecord(result.hits)) throw fail('The answer had no result.hits.');
  return asList(result.hits.hit).flatMap((hit) => {
    const candidate = candidateOf(hit);
    return candidate ? [candidate] : [];
  });
}
