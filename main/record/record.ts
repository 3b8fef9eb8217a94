import { RECORD_FIELDS, type BibRecord, type Creator, type RecordFields } from '../../preload/api';
import { creatorFromText, sortName } from './names';

export function emptyFields(): RecordFields {
  return Object.fromEntries(RECORD_FIELDS.map((field) => [field, null])) as RecordFields;
}

/** A record with nothing in it yet: a preprint until someone says otherwise. */
export function emptyRecord(): BibRecord {
  return {
    entryType: 'misc',
    creators: [],
    year: null,
    month: null,
    day: null,
    extraFields: [],
    ...emptyFields(),
  };
}

/** The authors as "Family, Given" (or the literal name), for lists, keys and search. */
export function authorNames(record: Pick<BibRecord, 'creators'>): string[] {
  return record.creators.filter((creator) => creator.role === 'author').map(sortName);
}

/** Where the paper appeared, for one line in a list. */
export function venueOf(record: RecordFields): string | null {
  return (
    record.journal ?? record.booktitle ?? record.school ?? record.institution ?? record.publisher ?? null
  );
}

export function arxivIdOf(record: RecordFields): string | null {
  return record.eprint !== null && record.archivePrefix?.toLowerCase() === 'arxiv' ? record.eprint : null;
}

/** What the parsers deliver today, before they give a whole record. */
export interface LegacyFields {
  authors: readonly string[];
  year: number | null;
  venue: string | null;
  arxivId: string | null;
  doi: string | null;
  url: string | null;
}

/**
 * The record a paper had in schema 2 terms: authors stored "Last, First" (a name without a
 * comma was an organisation, written braced), a venue (exported as a journal), an arXiv id
 * (exported as a @misc eprint).
 */
export function recordFromLegacy(legacy: LegacyFields): BibRecord {
  const creators = legacy.authors.flatMap((author): Creator[] => {
    const creator = author.includes(',')
      ? creatorFromText('author', author)
      : creatorFromText('author', `{${author.replace(/[{}]/g, '')}}`);
    return creator ? [creator] : [];
  });
  const record = emptyRecord();
  return {
    ...record,
    entryType: legacy.venue ? 'article' : 'misc',
    creators,
    year: legacy.year,
    journal: legacy.venue,
    doi: legacy.doi,
    url: legacy.url,
    eprint: legacy.arxivId,
    archivePrefix: legacy.arxivId ? 'arXiv' : null,
  };
}
