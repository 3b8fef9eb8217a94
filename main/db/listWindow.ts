import type { PaperSort, PaperStatus } from '../../preload/api';
import type { LibraryDb } from './openLibrary';
import { countQueues, where, type PaperFilter } from './paperQueries';

/** Which papers the list holds and in what order: the sidebar's queue and tag, and a sort. */
export interface ListView extends PaperFilter {
  sort?: PaperSort | undefined;
}

/**
 * The queue order in three parts, each read from its own index (papers_by_status_position,
 * papers_by_reading_at, papers_by_read_at): Unread in its "up next" order, then Reading and Read,
 * most recently moved first. Reading a window of it never sorts the library.
 */
const QUEUE_PARTS: readonly { status: PaperStatus; order: string; reversed: string }[] = [
  { status: 'unread', order: 'position, id', reversed: 'position DESC, id DESC' },
  { status: 'reading', order: 'reading_at DESC, id', reversed: 'reading_at, id DESC' },
  { status: 'read', order: 'read_at DESC, id', reversed: 'read_at, id DESC' },
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

/**
 * A stretch of the view's order read from one index: its papers (a source with `id` and
 * `status`, and conditions), its order and the same order backwards, and how many it holds.
 */
interface Part {
  source: string;
  conditions: string[];
  params: unknown[];
  order: string;
  reversed: string;
  size: () => number;
  /** Finding that it is empty costs a walk (papers without an author): its size is read first. */
  sizeFirst?: boolean;
}

interface SortPart {
  source: string;
  where?: string;
  keys: string[];
}

const AUTHORED = '(SELECT paper_id AS id, author, title, status FROM author_sort)';

/** Each sort's parts, with the index that answers it (migration list-sorts). */
const SORT_PARTS: Record<Exclude<PaperSort['by'], 'queue'>, SortPart[]> = {
  // papers_by_added_at
  added: [{ source: 'papers', keys: ['added_at', 'id'] }],
  // papers_by_title
  title: [{ source: 'papers', keys: ['title COLLATE NOCASE', 'id'] }],
  // papers_by_year, then papers_without_year
  year: [
    {
      source: 'papers',
      where: 'year IS NOT NULL',
      keys: ['year', 'month', 'day', 'title COLLATE NOCASE', 'id'],
    },
    { source: 'papers', where: 'year IS NULL', keys: ['title COLLATE NOCASE', 'id'] },
  ],
  // author_sort_order, then papers without an author on papers_by_title
  author: [
    { source: AUTHORED, keys: ['author COLLATE NOCASE', 'title COLLATE NOCASE', 'id'] },
    {
      source: 'papers',
      where: 'NOT EXISTS (SELECT 1 FROM author_sort a WHERE a.paper_id = papers.id)',
      keys: ['title COLLATE NOCASE', 'id'],
    },
  ],
};

/** Which part of a two-part sort is counted (the other is the view's total less it): the cheaper one. */
const COUNTED_PART: Partial<Record<PaperSort['by'], number>> = { year: 1, author: 0 };

const inOrder = (keys: readonly string[], descending: boolean) =>
  keys.map((key) => `${key} ${descending ? 'DESC' : 'ASC'}`).join(', ');

const whereOf = (conditions: readonly string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

function once(compute: () => number): () => number {
  let value: number | undefined;
  return () => (value ??= compute());
}

function countPart(db: LibraryDb, source: string, conditions: readonly string[], params: readonly unknown[]) {
  return db
    .prepare(`SELECT count(*) FROM ${source} ${whereOf(conditions)}`)
    .pluck()
    .get(...params) as number;
}

function partsOf(db: LibraryDb, view: ListView): Part[] {
  const tag = where({ tag: view.tag });
  const tagConditions = tag.clause ? [tag.clause.replace(/^WHERE /, '')] : [];
  if (!view.sort || view.sort.by === 'queue') {
    return QUEUE_PARTS.filter((part) => !view.status || view.status === part.status).map((part) => {
      const conditions = ['status = ?', ...tagConditions];
      const params = [part.status, ...tag.params];
      return {
        source: 'papers',
        conditions,
        params,
        order: part.order,
        reversed: part.reversed,
        size: once(() => count(db, { status: part.status, tag: view.tag })),
      };
    });
  }
  const descending = view.sort.direction === 'desc';
  // `+status`: the queue is checked on the sort's index (status is its last column), never read
  // from papers_by_status_position and then sorted.
  const { clause, params } = where({ status: view.status, tag: view.tag });
  const filter = clause ? [clause.replace(/^WHERE /, '').replace(/^status = \?/, '+status = ?')] : [];
  const sortParts = SORT_PARTS[view.sort.by];
  const total = once(() => countView(db, view));
  const counted = COUNTED_PART[view.sort.by];
  const sizes: (() => number)[] = sortParts.map((part, index): (() => number) => {
    const conditions = [...(part.where ? [part.where] : []), ...filter];
    if (sortParts.length === 1) return total;
    if (index === counted) return once(() => countPart(db, part.source, conditions, params));
    return once(() => total() - (sizes[counted ?? 0]?.() ?? 0));
  });
  return sortParts.map((part, index) => ({
    source: part.source,
    conditions: [...(part.where ? [part.where] : []), ...filter],
    params,
    order: inOrder(part.keys, descending),
    reversed: inOrder(part.keys, !descending),
    size: sizes[index] ?? total,
    sizeFirst: part.where?.startsWith('NOT EXISTS') ?? false,
  }));
}

const readSql = (part: Part, backwards: boolean) =>
  `SELECT id FROM ${part.source} ${whereOf(part.conditions)} ORDER BY ${backwards ? part.reversed : part.order} LIMIT ? OFFSET ?`;

/** SQLite's plan for reading each part of the view, forwards and backwards: which index answers it. */
export function viewPlans(db: LibraryDb, view: ListView): string[] {
  return partsOf(db, view).flatMap((part) =>
    [false, true].map((backwards) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${readSql(part, backwards)}`).all(...part.params, 1, 0) as {
          detail: string;
        }[]
      )
        .map((row) => row.detail)
        .join('; '),
    ),
  );
}

/** `limit` ids from position `offset` of the parts in order; a part is counted only when skipped, or when its emptiness costs a walk. */
function readParts(db: LibraryDb, parts: readonly Part[], offset: number, limit: number, backwards: boolean) {
  const ids: number[] = [];
  let skip = offset;
  for (const part of backwards ? [...parts].reverse() : parts) {
    if (ids.length >= limit) break;
    if (skip > 0 || part.sizeFirst) {
      const size = part.size();
      if (skip >= size) {
        skip -= size;
        continue;
      }
    }
    const taken = db
      .prepare(readSql(part, backwards))
      .pluck()
      .all(...part.params, limit - ids.length, skip) as number[];
    ids.push(...taken);
    skip = 0;
  }
  return ids;
}

/**
 * The ids of the view's papers from position `offset` (0 is the first), at most `limit` of them,
 * in order. A window past the middle is read from the end, backwards, so no read walks more than
 * half the view.
 */
export function viewIds(
  db: LibraryDb,
  view: ListView,
  offset = 0,
  limit = Number.MAX_SAFE_INTEGER,
): number[] {
  if (limit <= 0) return [];
  const parts = partsOf(db, view);
  if (limit < Number.MAX_SAFE_INTEGER && offset > 0) {
    const total = countView(db, view);
    const end = Math.min(total, offset + limit);
    if (end <= offset) return [];
    if (offset > total / 2) return readParts(db, parts, total - end, end - offset, true).reverse();
  }
  return readParts(db, parts, offset, limit, false);
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
  // Other orders and tag views: the part that holds the paper is numbered in its order on its index.
  let before = 0;
  for (const part of partsOf(db, view)) {
    const held = db
      .prepare(`SELECT 1 FROM ${part.source} ${whereOf([...part.conditions, 'id = ?'])}`)
      .get(...part.params, id);
    if (!held) {
      before += part.size();
      continue;
    }
    const at = db
      .prepare(
        `SELECT n FROM (SELECT id, row_number() OVER (ORDER BY ${part.order}) - 1 AS n FROM ${part.source} ${whereOf(part.conditions)}) WHERE id = ?`,
      )
      .pluck()
      .get(...part.params, id) as number;
    return before + at;
  }
  return null;
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
