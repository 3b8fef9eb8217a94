import { availableParallelism } from 'node:os';
import { RECORD_FIELDS, type BibRecord } from '../../preload/api';
import { recordFromLegacy } from '../record/record';
import type { NewPaper } from './importQueries';
import type { LibraryDb } from './openLibrary';
import { RECORD_COLUMN_NAMES } from './recordQueries';

type Cell = string | number | null;
type Statement = ReturnType<LibraryDb['prepare']>;

/** The page cache while a bulk import runs (negative: KiB), up to 256 MiB, given back after. */
const BULK_CACHE_KIB = -262144;
/** author_sort rows per set-wise statement. */
const AUTHOR_BATCH = 5000;
/** Helper threads for the index builds' sorts: one per other core, up to three. */
const SORT_THREADS = Math.min(3, availableParallelism() - 1);

const PAPER_COLUMNS = [
  'id',
  'citekey',
  'citekey_provisional',
  'title',
  'title_key',
  'abstract',
  'code_url',
  'status',
  'position',
  'added_at',
  'updated_at',
  'reading_at',
  'read_at',
  'import_id',
  ...RECORD_COLUMN_NAMES,
];
const CREATOR_COLUMNS = ['paper_id', 'position', 'role', 'family', 'given', 'particle', 'suffix', 'literal'];
const EXTRA_COLUMNS = ['paper_id', 'position', 'name', 'value'];
const NOTE_COLUMNS = ['paper_id', 'body', 'quote', 'created_at', 'updated_at'];

/** One INSERT … SELECT over a JSON array of rows (each an array of cells, in `columns` order); jsonb_each hands each row over as JSONB, so reading its cells does not parse it again per column. */
function setWise(db: LibraryDb, table: string, columns: readonly string[], verb = 'INSERT') {
  const statement = db.prepare(
    `${verb} INTO ${table} (${columns.join(', ')})
     SELECT ${columns.map((_, index) => `value ->> ${index}`).join(', ')} FROM jsonb_each(?)`,
  );
  return (rows: readonly Cell[][]) => {
    if (rows.length > 0) statement.run(JSON.stringify(rows));
  };
}

/**
 * Inserts rows of a table with many nullable columns, long texts among them (papers: a column
 * per record field, most of them empty). Each batch names only the columns some row of it
 * fills, so SQLite reads no empty cells; a column left out is NULL, as it would be given. Rows
 * are bound one by one to a prepared INSERT (one per set of columns), not sent as one JSON
 * text: writing and reading JSON again for every abstract cost more than a call per row.
 */
function rowWiseSparse(db: LibraryDb, table: string, columns: readonly string[]) {
  const statements = new Map<string, Statement>();
  return (rows: readonly Cell[][]) => {
    const used = columns.flatMap((_, index) => (rows.some((row) => row[index] !== null) ? [index] : []));
    const key = used.join(',');
    let insert = statements.get(key);
    if (!insert) {
      insert = db.prepare(
        `INSERT INTO ${table} (${used.map((index) => columns[index] as string).join(', ')})
         VALUES (${used.map(() => '?').join(', ')})`,
      );
      statements.set(key, insert);
    }
    const cells: Cell[] = new Array<Cell>(used.length);
    for (const row of rows) {
      for (let index = 0; index < used.length; index += 1) cells[index] = row[used[index] as number] ?? null;
      insert.run(cells);
    }
  };
}

export interface BulkPaper {
  paper: NewPaper;
  tagIds: readonly number[];
  notes: readonly { body: string; quote: string | null }[];
}

/**
 * Writes an import's papers set-wise: a batch of papers is one statement per table (creators,
 * extra fields, tag links, notes), not one per row; papers themselves go row by row (rowWiseSparse). Papers get the ids after the
 * library's largest, in order, as SQLite would give them one by one.
 */
export function bulkPaperWriter(db: LibraryDb, importId: number | null, now: string) {
  const papers = rowWiseSparse(db, 'papers', PAPER_COLUMNS);
  const creators = setWise(db, 'paper_creators', CREATOR_COLUMNS);
  const extras = setWise(db, 'paper_extra_fields', EXTRA_COLUMNS);
  const links = setWise(db, 'paper_tags', ['paper_id', 'tag_id'], 'INSERT OR IGNORE');
  const notes = setWise(db, 'notes', NOTE_COLUMNS);
  let nextId = (db.prepare('SELECT coalesce(max(id), 0) + 1 FROM papers').pluck().get() as number) ?? 1;
  const firstId = nextId;
  const byStatus = new Map<string, number>();
  // author_sort's rows, gathered while the papers' rows are built (keepCounts).
  const authorRows: Cell[][] = [];
  return {
    /** Inserts the batch; returns the new papers' ids, in the batch's order. */
    insertBatch(batch: readonly BulkPaper[]): number[] {
      const ids: number[] = [];
      const paperRows: Cell[][] = [];
      const creatorRows: Cell[][] = [];
      const extraRows: Cell[][] = [];
      const linkRows: Cell[][] = [];
      const noteRows: Cell[][] = [];
      for (const { paper, tagIds, notes: paperNotes } of batch) {
        const id = nextId++;
        ids.push(id);
        byStatus.set(paper.status, (byStatus.get(paper.status) ?? 0) + 1);
        const record: BibRecord = paper.record ?? recordFromLegacy(paper);
        paperRows.push([
          id,
          paper.citekey,
          paper.citekeyProvisional ? 1 : 0,
          paper.title,
          paper.titleKey,
          paper.abstract,
          paper.codeUrl,
          paper.status,
          paper.position,
          paper.addedAt,
          now,
          paper.readingAt,
          paper.readAt,
          importId,
          // RECORD_COLUMN_NAMES, in order.
          record.entryType,
          record.year ?? null,
          record.month ?? null,
          record.day ?? null,
          ...RECORD_FIELDS.map((field) => record[field] ?? null),
        ]);
        record.creators.forEach((creator, position) => {
          const { role, family, given, particle, suffix, literal } = creator;
          creatorRows.push([id, position, role, family, given, particle, suffix, literal]);
        });
        record.extraFields.forEach(({ name, value }, position) =>
          extraRows.push([id, position, name, value]),
        );
        const author = firstAuthor(record.creators);
        if (author !== null) authorRows.push([id, author, paper.title, paper.status]);
        for (const tagId of tagIds) linkRows.push([id, tagId]);
        for (const note of paperNotes) noteRows.push([id, note.body, note.quote, now, now]);
      }
      papers(paperRows);
      creators(creatorRows);
      extras(extraRows);
      links(linkRows);
      notes(noteRows);
      return ids;
    },
    /**
     * Runs write (insertBatch calls) with the per-row triggers of queue_counts, tag_counts and
     * author_sort off (migration 8), then brings those tables up to date for every paper written,
     * set-wise. Inside the caller's transaction: no other connection sees the triggers off, and
     * a cancel or failure rolls back the switch with the rows.
     */
    withCountsDeferred<T>(write: () => T): T {
      db.prepare('INSERT INTO kept_counts_deferred (one) VALUES (1)').run();
      try {
        const result = write();
        keepCounts(db, firstId, nextId - 1, byStatus, authorRows);
        return result;
      } finally {
        db.prepare('DELETE FROM kept_counts_deferred').run();
      }
    },
  };
}

/** SQLite's TRIM(x): spaces only, both ends. */
const trimSpaces = (text: string) => text.replace(/^ +| +$/g, '');

/**
 * The first author as the list shows it, as author_sort's triggers compute it in SQL:
 * COALESCE(TRIM(COALESCE(particle || ' ', '') || family), literal) of the first creator whose
 * role is author; null (no author_sort row) when there is none or it has neither.
 */
export function firstAuthor(creators: BibRecord['creators']): string | null {
  const first = creators.find((creator) => creator.role === 'author');
  if (!first) return null;
  // A cell left undefined is stored as NULL.
  const { family = null, particle = null, literal = null } = first;
  if (family !== null) return trimSpaces((particle === null ? '' : `${particle} `) + family);
  return literal;
}

/**
 * Adds papers first..last (just written, with their parts) to queue_counts, tag_counts and
 * author_sort: counts from what was counted while writing, tag links by one statement, and the
 * first authors gathered while the rows were built (no lookup per paper).
 */
function keepCounts(
  db: LibraryDb,
  first: number,
  last: number,
  byStatus: ReadonlyMap<string, number>,
  authorRows: readonly Cell[][],
): void {
  if (last < first) return;
  const count = db.prepare('UPDATE queue_counts SET n = n + ? WHERE status = ?');
  for (const [status, n] of byStatus) count.run(n, status);
  db.prepare(
    `INSERT INTO tag_counts (tag_id, n)
       SELECT tag_id, count(*) FROM paper_tags WHERE paper_id BETWEEN ? AND ? GROUP BY tag_id
     ON CONFLICT (tag_id) DO UPDATE SET n = n + excluded.n`,
  ).run(first, last);
  const authors = setWise(db, 'author_sort', ['paper_id', 'author', 'title', 'status']);
  for (let start = 0; start < authorRows.length; start += AUTHOR_BATCH)
    authors(authorRows.slice(start, start + AUTHOR_BATCH));
}

/**
 * Runs write (many rows into `tables`) with their secondary indexes dropped, then builds them
 * again: one sort per index instead of a random B-tree insert per row and index. Inside the
 * caller's transaction, so a failure or cancel rolls the drop back with the rows. Unique
 * constraints (indexes without SQL) stay and keep checking.
 */
export function withIndexesRebuilt<T>(db: LibraryDb, tables: readonly string[], write: () => T): T {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
       ORDER BY name`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  // The rebuilds read every row back: a page cache that holds them saves reading them from disk.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  try {
    for (const { name } of indexes) db.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`);
    const result = write();
    // Each build sorts its keys; SQLite's sorter may sort in helper threads, on the other cores.
    db.pragma(`threads = ${SORT_THREADS}`);
    for (const { sql } of indexes) db.exec(sql);
    return result;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`threads = ${threads}`);
  }
}
