import type { Note, Paper, PaperStatus, PaperSummary, QueueCounts } from '../../preload/api';
import type { LibraryDb } from './openLibrary';
import { toPaper, toSummary, type PaperRow } from './paperRows';

/** Unread is ordered by its "up next" position; the other queues show the newest first. */
const QUEUE_ORDER = `CASE status WHEN 'unread' THEN 0 WHEN 'reading' THEN 1 ELSE 2 END, position, id`;

export interface PaperFilter {
  status?: PaperStatus;
}

function whereStatus(filter: PaperFilter): { clause: string; params: unknown[] } {
  return filter.status ? { clause: 'WHERE status = ?', params: [filter.status] } : { clause: '', params: [] };
}

export function listPaperSummaries(db: LibraryDb, filter: PaperFilter = {}): PaperSummary[] {
  const { clause, params } = whereStatus(filter);
  const rows = db
    .prepare(`SELECT id, citekey, title, status, added_at FROM papers ${clause} ORDER BY ${QUEUE_ORDER}`)
    .all(...params) as PaperRow[];
  return rows.map(toSummary);
}

export function listPapers(db: LibraryDb, filter: PaperFilter = {}): Paper[] {
  const { clause, params } = whereStatus(filter);
  const rows = db
    .prepare(`SELECT * FROM papers ${clause} ORDER BY ${QUEUE_ORDER}`)
    .all(...params) as PaperRow[];
  const tags = groupBy(
    db
      .prepare(
        'SELECT pt.paper_id AS paperId, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id ORDER BY t.name',
      )
      .all() as { paperId: number; name: string }[],
  );
  const notes = groupBy(
    db.prepare('SELECT paper_id AS paperId, id, body, quote FROM notes ORDER BY id').all() as (Note & {
      paperId: number;
    })[],
  );
  return rows.map((row) =>
    toPaper(
      row,
      (tags.get(row.id) ?? []).map((tag) => tag.name),
      (notes.get(row.id) ?? []).map(({ id, body, quote }) => ({ id, body, quote })),
    ),
  );
}

export function getPaper(db: LibraryDb, id: number): Paper | null {
  const row = db.prepare('SELECT * FROM papers WHERE id = ?').get(id) as PaperRow | undefined;
  if (!row) return null;
  const tags = db
    .prepare(
      'SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = ? ORDER BY t.name',
    )
    .pluck()
    .all(id) as string[];
  const notes = db
    .prepare('SELECT id, body, quote FROM notes WHERE paper_id = ? ORDER BY id')
    .all(id) as Note[];
  return toPaper(row, tags, notes);
}

export function countQueues(db: LibraryDb): QueueCounts {
  const counts: QueueCounts = { all: 0, unread: 0, reading: 0, read: 0 };
  const rows = db.prepare('SELECT status, count(*) AS n FROM papers GROUP BY status').all() as {
    status: PaperStatus;
    n: number;
  }[];
  for (const { status, n } of rows) {
    counts[status] = n;
    counts.all += n;
  }
  return counts;
}

function groupBy<T extends { paperId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.paperId);
    if (group) group.push(row);
    else groups.set(row.paperId, [row]);
  }
  return groups;
}
