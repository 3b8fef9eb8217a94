import type { PaperStatus } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type { SearchDocument } from './SearchIndex';

const SELECT = `
  SELECT p.id, p.title, coalesce(p.abstract, '') AS abstract, p.status,
         coalesce((SELECT group_concat(n.body, char(10)) FROM notes n WHERE n.paper_id = p.id), '') AS notes,
         coalesce((SELECT json_group_array(t.name) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
                   WHERE pt.paper_id = p.id), '[]') AS tags,
         coalesce((SELECT group_concat(coalesce(c.literal, concat_ws(' ', c.given, c.particle, c.family, c.suffix)),
                                       '; ' ORDER BY c.position)
                   FROM paper_creators c WHERE c.paper_id = p.id), '') AS authors,
         p.year,
         coalesce(p.journal, p.booktitle, p.school, p.institution, p.publisher, '') AS venue
  FROM papers p`;

/** The papers columns SELECT reads into a document's text and year (status aside): a change to any other needs no re-indexing. */
export const DOCUMENT_COLUMNS = [
  'id',
  'title',
  'abstract',
  'year',
  'journal',
  'booktitle',
  'school',
  'institution',
  'publisher',
] as const;

interface Row {
  id: number;
  title: string;
  abstract: string;
  status: PaperStatus;
  notes: string;
  tags: string;
  authors: string;
  year: number | null;
  venue: string;
}

/** A Row as an array, in SELECT's order. */
type RawRow = [
  id: number,
  title: string,
  abstract: string,
  status: PaperStatus,
  notes: string,
  tags: string,
  authors: string,
  year: number | null,
  venue: string,
];

/**
 * One statement reads every paper with its notes, tags and creators: the creators come from a
 * subquery on paper_creators' primary key (paper_id, position), not a query per paper.
 */
function toDocument(row: Row): SearchDocument {
  return { ...row, tags: JSON.parse(row.tags) as string[] };
}

/** The papers with ids in (after, upTo]: one part of a build made on several threads. */
export interface IdRange {
  after: number;
  upTo: number;
}

export function loadAllDocuments(db: LibraryDb): SearchDocument[] {
  return [...eachDocument(db)];
}

/**
 * Every paper, one at a time, as rows come: a build holds no array of every paper's abstract
 * (at 100,000 papers, reading them all first took half a second more, most of it collecting garbage).
 */
export function* eachDocument(db: LibraryDb, ids?: IdRange): Generator<SearchDocument> {
  const rows = ids
    ? db.prepare(`${SELECT} WHERE p.id > ? AND p.id <= ? ORDER BY p.id`).raw().iterate(ids.after, ids.upTo)
    : db.prepare(SELECT).raw().iterate();
  for (const row of rows as IterableIterator<RawRow>) {
    const [id, title, abstract, status, notes, tags, authors, year, venue] = row;
    yield { id, title, abstract, status, notes, tags: JSON.parse(tags) as string[], authors, year, venue };
  }
}

/** The papers with these ids (those still there), in one statement however many there are. */
export function loadDocuments(db: LibraryDb, ids: readonly number[]): SearchDocument[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`${SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids));
  return (rows as Row[]).map(toDocument);
}

/** Reads one paper's abstract and notes by id: the index does not keep them. */
export function textSource(db: LibraryDb): (id: number) => { abstract: string; notes: string } {
  const read = db.prepare(
    `SELECT coalesce(p.abstract, '') AS abstract,
            coalesce((SELECT group_concat(n.body, char(10)) FROM notes n WHERE n.paper_id = p.id), '') AS notes
     FROM papers p WHERE p.id = ?`,
  );
  return (id) =>
    (read.get(id) as { abstract: string; notes: string } | undefined) ?? { abstract: '', notes: '' };
}

/** Each paper's status now, or null for one no longer in the library; one statement however many. */
export function statusesOf(db: LibraryDb, ids: readonly number[]): Map<number, PaperStatus | null> {
  const statuses = new Map<number, PaperStatus | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return statuses;
  const rows = db
    .prepare('SELECT id, status FROM papers WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [number, PaperStatus][];
  for (const [id, status] of rows) statuses.set(id, status);
  return statuses;
}
