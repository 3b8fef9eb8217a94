import type { PaperSort, PaperStatus } from '../../preload/api';
import type { LibraryDb } from './openLibrary';
import { countQueues, orderBy, SUMMARY_COLUMNS, where, type PaperFilter } from './paperQueries';

/** Which papers the list holds and in what order: the sidebar's queue and tag, and a sort. */
export interface ListView extends PaperFilter {
  sort?: PaperSort | undefined;
}

/**
 * The queue order in three parts, each read from its own index (papers_by_status_position,
 * papers_by_reading_at, papers_by_read_at): Unread in its "up next" order, then Reading and Read,
 * most recently moved first. Reading a window of it never sorts the library.
 */
const QUEUE_PARTS: readonly { status: PaperStatus; order: string }[] = [
  { status: 'unread', order: 'position, id' },
  { status: 'reading', order: 'reading_at DESC, id' },
  { status: 'read', order: 'read_at DESC, id' },
];

const isQueueOrder = (view: ListView) => !view.sort || view.sort.by === 'queue';

function count(db: LibraryDb, filter: PaperFilter): number {
  // Without a tag, the queue counts the triggers keep answer at once.
  if (filter.tag === undefined) {
    const counts = countQueues(db);
    return filter.status ? counts[filter.status] : counts.all;
  }
  const { clause, params } = where(filter);
  return db
    .prepare(`SELECT count(*) FROM papers ${clause}`)
    .pluck()
    .get(...params) as number;
}

/** How many papers the view holds, counted on an index. */
export function countView(db: LibraryDb, view: ListView): number {
  return count(db, { status: view.status, tag: view.tag });
}

function sortedIds(db: LibraryDb, view: ListView, offset: number, limit: number): number[] {
  const { clause, params } = where(view);
  // Only the author order needs the first author; every other order reads the papers row alone.
  const columns = view.sort?.by === 'author' ? SUMMARY_COLUMNS : 'id, title, added_at, year, month, day';
  return db
    .prepare(
      `SELECT id FROM (SELECT ${columns} FROM papers ${clause}) ORDER BY ${orderBy(view.sort)} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...params, limit, offset) as number[];
}

function queueIds(db: LibraryDb, view: ListView, offset: number, limit: number): number[] {
  const ids: number[] = [];
  let skip = offset;
  for (const part of QUEUE_PARTS) {
    if (ids.length >= limit) break;
    if (view.status && view.status !== part.status) continue;
    const filter = { status: part.status, tag: view.tag };
    const size = count(db, filter);
    if (skip >= size) {
      skip -= size;
      continue;
    }
    const { clause, params } = where(filter);
    const taken = db
      .prepare(`SELECT id FROM papers ${clause} ORDER BY ${part.order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...params, limit - ids.length, skip) as number[];
    ids.push(...taken);
    skip = 0;
  }
  return ids;
}

/** The ids of the view's papers from position `offset` (0 is the first), at most `limit` of them, in order. */
export function viewIds(
  db: LibraryDb,
  view: ListView,
  offset = 0,
  limit = Number.MAX_SAFE_INTEGER,
): number[] {
  if (limit <= 0) return [];
  return isQueueOrder(view) ? queueIds(db, view, offset, limit) : sortedIds(db, view, offset, limit);
}

interface QueueRow {
  status: PaperStatus;
  position: number;
  reading_at: string | null;
  read_at: string | null;
}

/** The rows of a queue part that come before `row` in it, as a condition and its parameters. */
function earlierIn(status: PaperStatus, row: QueueRow, id: number): [string, unknown[]] {
  if (status === 'unread')
    return ['position < ? OR (position = ? AND id < ?)', [row.position, row.position, id]];
  const column = status === 'reading' ? 'reading_at' : 'read_at';
  const at = row[column];
  // Newest first, so a paper without the time comes after every paper with one.
  if (at === null) return [`${column} IS NOT NULL OR id < ?`, [id]];
  return [`${column} > ? OR (${column} = ? AND id < ?)`, [at, at, id]];
}

/** Where a paper is in the view (0 is the first), or null when the view does not hold it. */
export function positionInView(db: LibraryDb, view: ListView, id: number): number | null {
  if (isQueueOrder(view) && !view.tag) {
    const row = db
      .prepare('SELECT status, position, reading_at, read_at FROM papers WHERE id = ?')
      .get(id) as QueueRow | undefined;
    if (!row || (view.status && view.status !== row.status)) return null;
    let before = 0;
    for (const part of QUEUE_PARTS) {
      if (view.status && view.status !== part.status) continue;
      if (part.status !== row.status) {
        before += count(db, { status: part.status });
        continue;
      }
      // Counted on the part's index, as the order compares: what comes before this row in it.
      const [condition, params] = earlierIn(part.status, row, id);
      before += db
        .prepare(`SELECT count(*) FROM papers WHERE status = ? AND (${condition})`)
        .pluck()
        .get(part.status, ...params) as number;
      return before;
    }
    return null;
  }
  // Other orders and tag views: rare (a paper just added, say), so the ids are read once.
  const at = viewIds(db, view).indexOf(id);
  return at < 0 ? null : at;
}

/** Which of `ids` the view holds, in the order given; looked up by id, never by scanning the view. */
export function idsInView(db: LibraryDb, view: ListView, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare('SELECT id, status FROM papers WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; status: PaperStatus }[];
  let held = new Set(rows.filter((row) => !view.status || row.status === view.status).map((row) => row.id));
  if (view.tag !== undefined) {
    const tagged = db
      .prepare(
        `SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
         WHERE t.name = ? COLLATE NOCASE AND pt.paper_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(view.tag.trim().replace(/\s+/g, ' '), JSON.stringify(ids)) as number[];
    const withTag = new Set(tagged);
    held = new Set([...held].filter((id) => withTag.has(id)));
  }
  return ids.filter((id) => held.has(id));
}
