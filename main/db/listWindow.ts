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
const QUEUE_PARTS: readonly { status: PaperStatus; keys: Key[] }[] = [
  {
    status: 'unread',
    keys: [
      ['position', false],
      ['id', false],
    ],
  },
  {
    status: 'reading',
    keys: [
      ['reading_at', true],
      ['id', false],
    ],
  },
  {
    status: 'read',
    keys: [
      ['read_at', true],
      ['id', false],
    ],
  },
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
/** An order's key: the expression, and whether it runs from the largest. */
type Key = [expression: string, descending: boolean];

interface Part {
  source: string;
  keys: Key[];
  /** Some key may be NULL (a month, a day, when a paper entered Reading). */
  nullable: boolean;
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
  nullable?: boolean;
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
      nullable: true,
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

const inOrder = (keys: readonly Key[], backwards = false) =>
  keys.map(([key, descending]) => `${key} ${descending !== backwards ? 'DESC' : 'ASC'}`).join(', ');

/**
 * "Comes before the paper whose keys are v.k0, v.k1, ..." in the order of `keys`, with SQLite's
 * order for NULL (first going up, last going down): count(*) with it is a paper's position.
 */
function precedes(keys: readonly Key[], nullable: boolean): string {
  // Keys that are never NULL and run one way compare as a row value: no expression per row.
  const descending = keys[0]?.[1] ?? false;
  if (!nullable && keys.every(([, down]) => down === descending)) {
    const values = keys.map((_, index) => `v.k${index}`).join(', ');
    return `(${keys.map(([key]) => key).join(', ')}) ${descending ? '>' : '<'} (${values})`;
  }
  const earlier = ([key, descending]: Key, value: string) =>
    descending
      ? `(CASE WHEN ${key} IS NULL THEN 0 WHEN ${value} IS NULL THEN 1 ELSE ${key} > ${value} END)`
      : `(CASE WHEN ${key} IS NULL THEN ${value} IS NOT NULL WHEN ${value} IS NULL THEN 0 ELSE ${key} < ${value} END)`;
  return keys.reduceRight(
    (later, key, index) =>
      later === ''
        ? earlier(key, `v.k${index}`)
        : `(${earlier(key, `v.k${index}`)} OR (${key[0]} IS v.k${index} AND ${later}))`,
    '',
  );
}

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
        keys: part.keys,
        nullable: part.status !== 'unread',
        conditions,
        params,
        order: inOrder(part.keys),
        reversed: inOrder(part.keys, true),
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
    keys: part.keys.map((key): Key => [key, descending]),
    nullable: part.nullable ?? false,
    conditions: [...(part.where ? [part.where] : []), ...filter],
    params,
    order: inOrder(part.keys.map((key): Key => [key, descending])),
    reversed: inOrder(
      part.keys.map((key): Key => [key, descending]),
      true,
    ),
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
    // Counted on the part's index: the papers that come before this one in its order.
    const keys = part.keys.map(([key], index) => `${key} AS k${index}`).join(', ');
    const at = db
      .prepare(
        `WITH v AS (SELECT ${keys} FROM ${part.source} WHERE id = ?)
         SELECT count(*) FROM ${part.source}, v ${whereOf([...part.conditions, precedes(part.keys, part.nullable)])}`,
      )
      .pluck()
      .get(id, ...part.params) as number;
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
