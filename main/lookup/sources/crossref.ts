import type { Creator, EntryType } from '../../../preload/api';
import { SourceResponseError, type Candidate, type SourceRequest } from '../candidate';
import { asList, isRecord, parseJson, textOrNull, yearOf } from './text';

function withMailto(params: URLSearchParams, mailto: string | null): string {
  if (mailto) params.set('mailto', mailto);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function crossrefDoiRequest(origin: string, doi: string, mailto: string | null = null): SourceRequest {
  return {
    source: 'crossref',
    url: `${origin}/works/${encodeURIComponent(doi)}${withMailto(new URLSearchParams(), mailto)}`,
    headers: {},
    describes: `Crossref DOI ${doi}`,
    lookupBy: 'id',
  };
}

/** query.bibliographic, not the deprecated query.title (which Crossref answers with 400). */
export function crossrefTitleRequest(
  origin: string,
  title: string,
  mailto: string | null = null,
): SourceRequest {
  const params = new URLSearchParams({ 'query.bibliographic': title, rows: '5' });
  return {
    source: 'crossref',
    url: `${origin}/works${withMailto(params, mailto)}`,
    headers: {},
    describes: `Crossref title "${title}"`,
  };
}

/** Crossref's x-rate-limit-limit requests per x-rate-limit-interval ("1s"): the pause between two. */
export function crossrefInterval(headers: { get(name: string): string | null }): number | null {
  const limit = Number(headers.get('x-rate-limit-limit'));
  const interval = /^(\d+)s$/.exec(headers.get('x-rate-limit-interval') ?? '');
  if (!interval || !Number.isFinite(limit) || limit <= 0) return null;
  return Math.ceil((Number(interval[1]) * 1000) / limit);
}

const fail = (message: string) => new SourceResponseError('crossref', message);

const ENTRY_TYPES: Readonly<Record<string, EntryType>> = {
  'journal-article': 'article',
  'proceedings-article': 'inproceedings',
  'book-chapter': 'incollection',
  book: 'book',
  monograph: 'book',
  dissertation: 'phdthesis',
  report: 'techreport',
};

function first(value: unknown): string | null {
  return textOrNull(asList(value)[0]);
}

function creatorsOf(item: Record<string, unknown>): Creator[] {
  return asList(item.author).flatMap((author): Creator[] => {
    if (!isRecord(author)) return [];
    const family = textOrNull(author.family);
    const base = { role: 'author' as const, particle: null, suffix: textOrNull(author.suffix) };
    if (family) return [{ ...base, family, given: textOrNull(author.given), literal: null }];
    const name = textOrNull(author.name);
    return name ? [{ ...base, suffix: null, family: null, given: null, literal: name }] : [];
  });
}

/** JATS markup (<jats:p>, <jats:italic>) around an abstract's text: only the text is wanted. */
function plainAbstract(value: unknown): string | null {
  const text = textOrNull(value);
  return text ? textOrNull(text.replace(/<[^>]*>/g, ' ')) : null;
}

function candidateOf(item: unknown): Candidate | null {
  if (!isRecord(item)) return null;
  const doi = textOrNull(item.DOI)?.toLowerCase() ?? null;
  const mainTitle = first(item.title);
  if (!doi || !mainTitle) return null;
  const subtitle = first(item.subtitle);
  const title = subtitle && !mainTitle.includes(subtitle) ? `${mainTitle}: ${subtitle}` : mainTitle;
  const issued = isRecord(item.issued) ? asList(item.issued['date-parts'])[0] : undefined;
  const [year, month] = asList(issued);
  const entryType = ENTRY_TYPES[String(item.type)] ?? 'misc';
  const container = first(item['container-title']);
  const fields: Candidate['fields'] = { doi };
  const put = (field: keyof Candidate['fields'], value: string | null) => {
    if (value) fields[field] = value;
  };
  if (entryType === 'article') put('journal', container);
  else if (entryType === 'inproceedings' || entryType === 'incollection') put('booktitle', container);
  put('volume', textOrNull(item.volume));
  put('number', textOrNull(item.issue));
  put('pages', textOrNull(item.page)?.replace(/-/, '--') ?? null);
  put('publisher', textOrNull(item.publisher));
  put('issn', first(item.ISSN));
  put('isbn', first(item.ISBN));
  const monthNumber = yearOf(year) !== null && typeof month === 'number' && month >= 1 && month <= 12;
  // A posted-content item is a preprint on a server (bioRxiv, SSRN): not a published version.
  const isPublished = item.type !== 'posted-content' && container !== null;
  return {
    source: 'crossref',
    sourceId: doi,
    title,
    abstract: plainAbstract(item.abstract),
    creators: creatorsOf(item),
    year: yearOf(year),
    month: monthNumber ? month : null,
    arxivId: null,
    doi,
    entryType,
    fields,
    published: isPublished
      ? {
          entryType,
          venue: container,
          doi,
          year: yearOf(year),
          volume: fields.volume ?? null,
          number: fields.number ?? null,
          pages: fields.pages ?? null,
          publisher: fields.publisher ?? null,
        }
      : null,
  };
}

/** Reads `/works/{doi}` (`message` is a work) or `/works?query...` (`message.items`). */
export function parseCrossrefResponse(status: number, body: string): Candidate[] {
  if (status === 404) return [];
  const json = parseJson(body, fail);
  if (!isRecord(json) || !isRecord(json.message)) throw fail('The answer had no message.');
  const message = json.message;
  const items =
    json['message-type'] === 'work-list' || Array.isArray(message.items) ? asList(message.items) : [message];
  return items.flatMap((item) => {
    const candidate = candidateOf(item);
    return candidate ? [candidate] : [];
  });
}
