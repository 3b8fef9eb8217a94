import type { Creator } from '../../../preload/api';
import { SourceResponseError, type Candidate, type SourceRequest } from '../candidate';
import { authorFromFullName, isRecord, parseJson, textOrNull, yearOf } from './text';

/** The public site, for the forum link kept in the record (the API lives at api2.openreview.net). */
export const OPENREVIEW_SITE = 'https://openreview.net';

/** OpenReview note ids: letters, digits, `_` and `-` (forum=rJ4km2R5t7, forum=SJg-O3VKPH). */
export const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,40}$/;

/** API v2 (api2.openreview.net): `GET /notes?id=` answers `{ notes: [note] }`; no key needed for public notes. */
export function openReviewNoteRequest(origin: string, id: string): SourceRequest {
  return {
    source: 'openReview',
    url: `${origin}/notes?${new URLSearchParams({ id }).toString()}`,
    headers: {},
    describes: `OpenReview forum ${id}`,
    lookupBy: 'id',
  };
}

const fail = (message: string) => new SourceResponseError('openReview', message);

/** API v2 wraps every content field: `{ title: { value: "..." } }`. */
function valueOf(content: Record<string, unknown>, field: string): unknown {
  const wrapped = content[field];
  return isRecord(wrapped) ? wrapped.value : undefined;
}

/** venueid of a paper that was never accepted: still a submission, withdrawn, rejected. */
const NOT_PUBLISHED = /\/(?:[A-Za-z_]*Submission|Withdrawn[A-Za-z_]*|Rejected[A-Za-z_]*)$/;

/** "ICLR 2024 poster" names the proceedings as "ICLR 2024"; "Submitted to ICLR 2025" is no venue yet. */
function venueName(venue: string | null, venueId: string | null): string | null {
  if (!venue || /^submitted to\b/i.test(venue) || (venueId && NOT_PUBLISHED.test(venueId))) return null;
  return venue.replace(/\s+(?:poster|oral|spotlight|notable[\w\s%-]*|accept[\w\s()-]*)$/i, '').trim() || null;
}

function yearOfMs(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value).getUTCFullYear() : null;
}

function candidateOf(note: unknown, origin: string): Candidate | null {
  if (!isRecord(note) || !isRecord(note.content)) return null;
  const id = textOrNull(note.forum) ?? textOrNull(note.id);
  const title = textOrNull(valueOf(note.content, 'title'));
  if (!id || !title) return null;
  const authors = valueOf(note.content, 'authors');
  const creators = (Array.isArray(authors) ? authors : []).flatMap((name): Creator[] => {
    const creator = typeof name === 'string' ? authorFromFullName(name) : null;
    return creator ? [creator] : [];
  });
  const venue = venueName(
    textOrNull(valueOf(note.content, 'venue')),
    textOrNull(valueOf(note.content, 'venueid')),
  );
  const isJournal = venue !== null && /\b(?:transactions|journal)\b/i.test(venue);
  const year =
    yearOfMs(note.pdate) ?? yearOf(/\b(?:19|20)\d{2}\b/.exec(venue ?? '')?.[0]) ?? yearOfMs(note.cdate);
  const fields: Candidate['fields'] = { url: `${origin}/forum?id=${encodeURIComponent(id)}` };
  if (venue) fields[isJournal ? 'journal' : 'booktitle'] = venue;
  return {
    source: 'openReview',
    sourceId: id,
    title,
    abstract: textOrNull(valueOf(note.content, 'abstract')),
    creators,
    year,
    month: null,
    arxivId: null,
    doi: null,
    entryType: venue ? (isJournal ? 'article' : 'inproceedings') : 'misc',
    fields,
    published: null,
  };
}

/**
 * Reads `GET /notes?id=` (API v2). A 404 (OpenReview's NotFoundError) or an empty list: no such
 * note. The forum URL kept in the record is the public site's, not the API's.
 */
export function parseOpenReviewResponse(
  status: number,
  body: string,
  siteOrigin = OPENREVIEW_SITE,
): Candidate[] {
  if (status === 404) return [];
  const json = parseJson(body, fail);
  if (!isRecord(json) || !Array.isArray(json.notes)) throw fail('The answer was not a list of notes.');
  return json.notes.flatMap((note) => {
    const candidate = candidateOf(note, siteOrigin);
    return candidate ? [candidate] : [];
  });
}
