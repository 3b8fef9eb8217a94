import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Creator } from '../../../preload/api';
import { SourceResponseError, type Candidate, type SourceRequest } from '../candidate';
import { isArxivDoi, parseArxivId } from '../identifiers';
import { asList, authorFromFullName, collapseSpace, isRecord, textOrNull } from './text';

/** arXiv answers at most this many ids in one id_list request here; more are sent in batches. */
export const ARXIV_BATCH = 20;

/** Title words arXiv's query syntax can take: letters and digits only, no operators or quotes. */
export function plainWords(title: string): string[] {
  return title
    .replace(/\\[a-zA-Z]+/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !/^(and|or|andnot)$/i.test(word))
    .slice(0, 12);
}

export function arxivIdRequests(origin: string, ids: readonly string[]): SourceRequest[] {
  const requests: SourceRequest[] = [];
  for (let start = 0; start < ids.length; start += ARXIV_BATCH) {
    const batch = ids.slice(start, start + ARXIV_BATCH);
    const query = new URLSearchParams({ id_list: batch.join(','), max_results: String(batch.length) });
    requests.push({
      source: 'arxiv',
      url: `${origin}/api/query?${query.toString()}`,
      headers: {},
      describes: `arXiv ${batch.join(', ')}`,
      lookupBy: 'id',
    });
  }
  return requests;
}

export function arxivTitleRequest(origin: string, title: string): SourceRequest | null {
  const words = plainWords(title);
  if (words.length === 0) return null;
  const query = new URLSearchParams({
    search_query: words.map((word) => `ti:${word}`).join(' AND '),
    max_results: '5',
  });
  return {
    source: 'arxiv',
    url: `${origin}/api/query?${query.toString()}`,
    headers: {},
    describes: `arXiv titles like "${title}"`,
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

const fail = (message: string) => new SourceResponseError('arxiv', message);

function text(node: unknown): string | null {
  if (isRecord(node)) return textOrNull(node['#text']);
  return textOrNull(node);
}

function creatorsOf(entry: Record<string, unknown>): Creator[] {
  return asList(entry.author).flatMap((author) => {
    const name = isRecord(author) ? text(author.name) : null;
    const creator = name ? authorFromFullName(name) : null;
    return creator ? [creator] : [];
  });
}

function candidateOf(entry: Record<string, unknown>): Candidate | null {
  const idUrl = text(entry.id);
  const arxivId = idUrl ? parseArxivId(idUrl) : null;
  const title = text(entry.title);
  if (!arxivId || !title) return null;
  const date = /^(\d{4})-(\d{2})/.exec(text(entry.published) ?? '');
  const primary = entry['arxiv:primary_category'];
  const primaryClass = isRecord(primary) ? textOrNull(primary['@term']) : null;
  const doi = text(entry['arxiv:doi'])?.toLowerCase() ?? null;
  const fields: Candidate['fields'] = {
    eprint: arxivId,
    archivePrefix: 'arXiv',
    url: `https://arxiv.org/abs/${arxivId}`,
  };
  if (primaryClass) fields.primaryClass = primaryClass;
  const journalRef = text(entry['arxiv:journal_ref']);
  // The authors' free-text reference to the published version; kept as a note, never parsed.
  if (journalRef) fields.note = journalRef;
  return {
    source: 'arxiv',
    sourceId: arxivId,
    title: collapseSpace(title),
    abstract: text(entry.summary),
    creators: creatorsOf(entry),
    year: date ? Number(date[1]) : null,
    month: date ? Number(date[2]) : null,
    arxivId,
    doi: doi && !isArxivDoi(doi) ? doi : null,
    entryType: 'misc',
    fields,
    // The feed names a published version only by its DOI and a free-text reference; the other
    // sources are asked for the venue itself.
    published: null,
  };
}

/** Reads an arXiv Atom feed. A feed whose one entry is titled "Error" is arXiv's way of refusing. */
export function parseArxivFeed(xml: string): Candidate[] {
  if (XMLValidator.validate(xml) !== true) throw fail('The answer was not a readable Atom feed.');
  const document = parser.parse(xml) as unknown;
  const feed = isRecord(document) ? document.feed : undefined;
  if (!isRecord(feed)) throw fail('The answer was not an Atom feed.');
  const entries = asList(feed.entry).filter(isRecord);
  const error = entries.find((entry) => text(entry.title) === 'Error');
  if (error) throw fail(`arXiv refused the query: ${text(error.summary) ?? 'no reason given'}.`);
  return entries.flatMap((entry) => {
    const candidate = candidateOf(entry);
    return candidate ? [candidate] : [];
  });
}
