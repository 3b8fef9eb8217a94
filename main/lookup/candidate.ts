import type { Creator, EntryType, RecordField } from '../../preload/api';

export const SOURCE_NAMES = ['arxiv', 'semanticScholar', 'crossref', 'dblp', 'openReview'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export const SOURCE_LABELS: Readonly<Record<SourceName, string>> = {
  arxiv: 'arXiv',
  semanticScholar: 'Semantic Scholar',
  crossref: 'Crossref',
  dblp: 'DBLP',
  openReview: 'OpenReview',
};

/** Where a paper was published, when a source knows a version that is not the preprint. */
export interface PublishedVersion {
  entryType: EntryType;
  /** journal for an article, booktitle for a paper in proceedings. */
  venue: string;
  doi: string | null;
  year: number | null;
  volume: string | null;
  number: string | null;
  pages: string | null;
  publisher: string | null;
}

/** One source's description of one paper, in record terms, before it is matched to anything. */
export interface Candidate {
  source: SourceName;
  /** The source's own id: an arXiv id, a Semantic Scholar paperId, a DOI, a DBLP key. */
  sourceId: string;
  title: string;
  abstract: string | null;
  /** Authors in order. */
  creators: Creator[];
  year: number | null;
  month: number | null;
  arxivId: string | null;
  doi: string | null;
  entryType: EntryType;
  /** The record fields this candidate can fill (doi, journal, pages, eprint, url, ...). */
  fields: Partial<Record<RecordField, string>>;
  /** Known when the candidate is a preprint with a published version, or is itself published. */
  published: PublishedVersion | null;
}

/** A request as a source asks for it: pure data, sent by the transport. */
export interface SourceRequest {
  source: SourceName;
  url: string;
  headers: Record<string, string>;
  /** What the request is for, in a person's words ("arXiv 2310.16828"), for messages. */
  describes: string;
  /** A lookup by identifier is kept longer than a search by title (transport/cacheAge.ts); absent: a search. */
  lookupBy?: 'id' | 'search';
}

/** The source answered, but not with anything that can be read. */
export class SourceResponseError extends Error {
  constructor(
    readonly source: SourceName,
    message: string,
  ) {
    super(message);
    this.name = 'SourceResponseError';
  }
}
