import type { Note, Paper, PaperStatus } from '../../preload/api';
import type { LibraryDb } from './openLibrary';
import { toPaper, type PaperRow } from './paperRows';
import { where, type PaperFilter } from './paperQueries';
import { recordPartsByPaper } from './recordQueries';

const IN_IDS = 'IN (SELECT value FROM json_each(?))';

/** Ids read per page of a queue (idsInQueuePage). */
export const QUEUE_PAGE = 2000;

/**
 * Reading order within one queue (QUEUE_ORDER with its status fixed), written as the columns of
 * that queue's index so SQLite walks the index instead of sorting the whole queue.
 */
const ORDER_IN_QUEUE: Record<PaperStatus, string> = {
  unread: 'position, id',
  reading: 'reading_at DESC, id',
  read: 'read_at DESC, id',
};

/**
 * A page of the ids of one queue (and tag) in reading order, QUEUE_PAGE from `offset`: only
 * ids, and a page at a time, so no step sorts or holds a whole queue of 100,000 papers.
 */
export function idsInQueuePage(
  db: LibraryDb,
  filter: PaperFilter & { status: PaperStatus },
  offset: number,
): number[] {
  const { clause, params } = where(filter);
  return db
    .prepare(`SELECT id FROM papers ${clause} ORDER BY ${ORDER_IN_QUEUE[filter.status]} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, QUEUE_PAGE, offset) as number[];
}

/**
 * Whole papers for a slice of ids, in the order given (missing ones skipped): five queries
 * whatever the slice's length (papers, tags, notes, creators, extra fields), never one per paper.
 */
export function papersByIds(db: LibraryDb, ids: readonly number[]): Paper[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const rows = db.prepare(`SELECT * FROM papers WHERE id ${IN_IDS}`).all(json) as PaperRow[];
  const tags = new Map<number, string[]>();
  const tagRows = db
    .prepare(
      `SELECT pt.paper_id AS paperId, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
       WHERE pt.paper_id ${IN_IDS} ORDER BY t.name COLLATE NOCASE`,
    )
    .all(json) as { paperId: number; name: string }[];
  for (const { paperId, name } of tagRows) {
    const list = tags.get(paperId);
    if (list) list.push(name);
    else tags.set(paperId, [name]);
  }
  const notes = new Map<number, Note[]>();
  const noteRows = db
    .prepare(`SELECT paper_id AS paperId, id, body, quote FROM notes WHERE paper_id ${IN_IDS} ORDER BY id`)
    .all(json) as (Note & { paperId: number })[];
  for (const { paperId, ...note } of noteRows) {
    const list = notes.get(paperId);
    if (list) list.push(note);
    else notes.set(paperId, [note]);
  }
  const parts = recordPartsByPaper(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const none = { creators: [], extraFields: [] };
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPaper(row, tags.get(id) ?? [], notes.get(id) ?? [], parts.get(id) ?? none)] : [];
  });
}

/** What a writer must know of the whole selection before its first entry, for one slice of ids. */
export interface SliceFacts {
  statuses: Map<number, PaperStatus>;
  /** Values of `crossref` fields, as written. */
  crossrefs: string[];
  /** Ids of the tags these papers carry. */
  tagIds: number[];
}

export function sliceFacts(db: LibraryDb, ids: readonly number[]): SliceFacts {
  const json = JSON.stringify(ids);
  const statuses = new Map(
    (
      db.prepare(`SELECT id, status FROM papers WHERE id ${IN_IDS}`).all(json) as {
        id: number;
        status: PaperStatus;
      }[]
    ).map(({ id, status }) => [id, status]),
  );
  const crossrefs = db
    .prepare(
      `SELECT value FROM paper_extra_fields WHERE paper_id ${IN_IDS} AND lower(name) = 'crossref' ORDER BY paper_id, position`,
    )
    .pluck()
    .all(json) as string[];
  const tagIds = db
    .prepare(`SELECT DISTINCT tag_id FROM paper_tags WHERE paper_id ${IN_IDS}`)
    .pluck()
    .all(json) as number[];
  return { statuses, crossrefs, tagIds };
}

/** Ids and keys of the papers whose exact citation key is one of these. */
export function papersByCitekeys(
  db: LibraryDb,
  citekeys: readonly string[],
): { id: number; citekey: string }[] {
  if (citekeys.length === 0) return [];
  return db
    .prepare(`SELECT id, citekey FROM papers WHERE citekey ${IN_IDS}`)
    .all(JSON.stringify(citekeys)) as { id: number; citekey: string }[];
}

/** Tag names by id. */
export function tagNamesByIds(db: LibraryDb, ids: readonly number[]): string[] {
  if (ids.length === 0) return [];
  return db.prepare(`SELECT name FROM tags WHERE id ${IN_IDS}`).pluck().all(JSON.stringify(ids)) as string[];
}
