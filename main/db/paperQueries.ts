import type { Note, Paper, PaperSort, PaperStatus, PaperSummary, QueueCounts } from '../../preload/api';
import type { LibraryDb } from './openLibrary';
import { toPaper, toSummary, type PaperRow, type SummaryRow } from './paperRows';
import { recordParts, recordPartsByPaper } from './recordQueries';

/** Unread first in its "up next" order, then Reading and Read, most recently moved first. */
export const QUEUE_ORDER = `CASE status WHEN 'unread' THEN 0 WHEN 'reading' THEN 1 ELSE 2 END,
  CASE status WHEN 'unread' THEN position END,
  CASE status WHEN 'reading' THEN reading_at WHEN 'read' THEN read_at END DESC,
  id`;

/**
 * What a list row shows, from the papers row and two lookups on paper_creators' primary key
 * (paper_id, position): the first two authors and how many there are. No whole record is loaded.
 */
const FIRST_AUTHOR = `(SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
    WHERE c.paper_id = papers.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS first_author`;

export const SUMMARY_COLUMNS = `id, citekey, title, status, added_at, year,
  COALESCE(journal, booktitle, school, institution, publisher) AS venue,
  ${FIRST_AUTHOR},
  (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
    WHERE c.paper_id = papers.id AND c.role = 'author' ORDER BY c.position LIMIT 1 OFFSET 1) AS second_author,
  (SELECT count(*) FROM paper_creators c WHERE c.paper_id = papers.id AND c.role = 'author') AS author_count`;

/**
 * The list's order; papers without an author or a year go last either way, ties by title then id.
 * Descending is ascending reversed (ties too), so one index read backwards answers both.
 */
export function orderBy(sort: PaperSort | undefined): string {
  if (!sort || sort.by === 'queue') return QUEUE_ORDER;
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  switch (sort.by) {
    case 'added':
      return `added_at ${dir}, id ${dir}`;
    case 'title':
      return `title COLLATE NOCASE ${dir}, id ${dir}`;
    case 'author':
      return `first_author IS NULL, first_author COLLATE NOCASE ${dir}, title COLLATE NOCASE ${dir}, id ${dir}`;
    case 'year':
      return `year IS NULL, year ${dir}, month ${dir}, day ${dir}, title COLLATE NOCASE ${dir}, id ${dir}`;
  }
}

export interface PaperFilter {
  status?: PaperStatus | undefined;
  /** A tag name, matched without regard to case. */
  tag?: string | undefined;
}

export function where(filter: PaperFilter): { clause: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    conditions.push('status = ?');
    params.push(filter.status);
  }
  if (filter.tag !== undefined) {
    conditions.push(
      'id IN (SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = ? COLLATE NOCASE)',
    );
    params.push(filter.tag.trim().replace(/\s+/g, ' '));
  }
  return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Tag names per paper, for every paper at once (one query, not one per paper). */
function tagsByPaper(db: LibraryDb): Map<number, string[]> {
  const rows = db
    .prepare(
      'SELECT pt.paper_id AS paperId, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id ORDER BY t.name COLLATE NOCASE',
    )
    .all() as { paperId: number; name: string }[];
  const tags = new Map<number, string[]>();
  for (const { paperId, name } of rows) {
    const list = tags.get(paperId);
    if (list) list.push(name);
    else tags.set(paperId, [name]);
  }
  return tags;
}

function notesByPaper(db: LibraryDb): Map<number, Note[]> {
  const rows = db
    .prepare('SELECT paper_id AS paperId, id, body, quote FROM notes ORDER BY id')
    .all() as (Note & {
    paperId: number;
  })[];
  const notes = new Map<number, Note[]>();
  for (const { paperId, ...note } of rows) {
    const list = notes.get(paperId);
    if (list) list.push(note);
    else notes.set(paperId, [note]);
  }
  return notes;
}

export function listPaperSummaries(
  db: LibraryDb,
  filter: PaperFilter & { sort?: PaperSort | undefined } = {},
): PaperSummary[] {
  const { clause, params } = where(filter);
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM papers ${clause} ORDER BY ${orderBy(filter.sort)}`)
    .all(...params) as SummaryRow[];
  const tags = tagsByPaper(db);
  return rows.map((row) => toSummary(row, tags.get(row.id) ?? []));
}

/** Summaries of the given papers, in the order given (a search's rank order); missing ones are skipped. */
export function summariesByIds(db: LibraryDb, ids: readonly number[]): PaperSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM papers WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const tags = db
    .prepare(
      `SELECT pt.paper_id AS paperId, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
       WHERE pt.paper_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
    )
    .all(JSON.stringify(ids)) as { paperId: number; name: string }[];
  const tagsOf = new Map<number, string[]>();
  for (const { paperId, name } of tags) tagsOf.set(paperId, [...(tagsOf.get(paperId) ?? []), name]);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, tagsOf.get(id) ?? [])] : [];
  });
}

/** Whole records, in the list's order (the queue's unless a sort is given, as the window's list). */
export function listPapers(
  db: LibraryDb,
  filter: PaperFilter & { sort?: PaperSort | undefined } = {},
): Paper[] {
  const { clause, params } = where(filter);
  const rows = db
    .prepare(`SELECT *, ${FIRST_AUTHOR} FROM papers ${clause} ORDER BY ${orderBy(filter.sort)}`)
    .all(...params) as PaperRow[];
  const tags = tagsByPaper(db);
  const notes = notesByPaper(db);
  const parts = recordPartsByPaper(db);
  const none = { creators: [], extraFields: [] };
  return rows.map((row) =>
    toPaper(row, tags.get(row.id) ?? [], notes.get(row.id) ?? [], parts.get(row.id) ?? none),
  );
}

export function getPaper(db: LibraryDb, id: number): Paper | null {
  const row = db.prepare('SELECT * FROM papers WHERE id = ?').get(id) as PaperRow | undefined;
  if (!row) return null;
  const tags = db
    .prepare(
      'SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = ? ORDER BY t.name COLLATE NOCASE',
    )
    .pluck()
    .all(id) as string[];
  const notes = db
    .prepare('SELECT id, body, quote FROM notes WHERE paper_id = ? ORDER BY id')
    .all(id) as Note[];
  return toPaper(row, tags, notes, recordParts(db, id));
}

export function countQueues(db: LibraryDb): QueueCounts {
  const counts: QueueCounts = { all: 0, unread: 0, reading: 0, read: 0 };
  // Kept by triggers (migration list-indexes): read, not counted.
  const rows = db.prepare('SELECT status, n FROM queue_counts').all() as {
    status: PaperStatus;
    n: number;
  }[];
  for (const { status, n } of rows) {
    counts[status] = n;
    counts.all += n;
  }
  return counts;
}
