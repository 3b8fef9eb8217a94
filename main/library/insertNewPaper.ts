import type { BibRecord, PaperStatus } from '../../preload/api';
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

/** Where an import files the paper; without it, the bottom of Unread. */
export interface PaperPlacement {
  status?: PaperStatus;
  /** Its place in Unread (for an unread paper). */
  position?: number;
}

/**
 * One paper added by itself (typed by hand, or looked up by identifier): a key made from its
 * record, at the bottom of Unread. Runs inside the caller's operation; returns the new id.
 */
export function insertNewPaper(
  db: LibraryDb,
  paper: NewPaper,
  importId: number | null,
  at: string,
  placement: PaperPlacement = {},
): number {
  const { title, record } = paper;
  const status = placement.status ?? 'unread';
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
    status,
    position: status === 'unread' ? (placement.position ?? unreadEdge(db, 'bottom')) : 0,
    addedAt: at,
    readingAt: status === 'unread' ? null : at,
    readAt: status === 'read' ? at : null,
  });
}
