import type { BibRecord } from '../../preload/api';
import { citekeyTaken, importWriter } from '../db/importQueries';
import type { LibraryDb } from '../db/openLibrary';
import { normalizeTitle } from '../import/normalizeText';
import { arxivIdOf, authorNames, venueOf } from '../record/record';
import { isProvisionalKey, uniqueCitekey } from './citekey';
import { unreadEdge } from './queues';

export interface NewPaper {
  title: string;
  abstract: string | null;
  codeUrl: string | null;
  record: BibRecord;
}

/**
 * One paper added by itself (typed by hand, or looked up by identifier): a key made from its
 * record, at the bottom of Unread. Runs inside the caller's operation; returns the new id.
 */
export function insertNewPaper(db: LibraryDb, paper: NewPaper, importId: number | null, at: string): number {
  const { title, record } = paper;
  const keySource = { title, authors: authorNames(record), year: record.year };
  return importWriter(db, importId, at).insertPaper({
    citekey: uniqueCitekey(keySource, citekeyTaken(db)),
    citekeyProvisional: isProvisionalKey(keySource),
    title,
    titleKey: normalizeTitle(title),
    abstract: paper.abstract,
    codeUrl: paper.codeUrl,
    record,
    authors: keySource.authors,
    year: record.year,
    venue: venueOf(record),
    arxivId: arxivIdOf(record),
    doi: record.doi,
    url: record.url,
    status: 'unread',
    position: unreadEdge(db, 'bottom'),
    addedAt: at,
    readingAt: null,
    readAt: null,
  });
}
