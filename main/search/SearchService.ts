import type { PaperStatus } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { loadAllDocuments, loadDocuments } from './searchDocuments';
import { SearchIndex, type PaperHighlights, type SearchResult } from './SearchIndex';

export interface SearchRequest {
  query: string;
  status?: PaperStatus | undefined;
  tag?: string | undefined;
  limit?: number | undefined;
}

interface Change {
  table_name: string;
  old_row: string | null;
  new_row: string | null;
}

/** Tables whose rows belong to one paper (paper_id) and feed its search document. */
const PAPER_PARTS = new Set(['paper_tags', 'notes', 'paper_creators']);

/**
 * The papers a logged row change touches: its own (the venue and year are papers columns), or,
 * for a tag, every paper carrying it.
 */
function touchedPapers(db: LibraryDb, changes: readonly Change[], into: Set<number>): void {
  const papersWithTag = db.prepare('SELECT paper_id FROM paper_tags WHERE tag_id = ?').pluck();
  for (const change of changes) {
    for (const image of [change.old_row, change.new_row]) {
      if (image === null) continue;
      const row = JSON.parse(image) as Record<string, number>;
      if (change.table_name === 'papers' && row.id !== undefined) into.add(row.id);
      else if (PAPER_PARTS.has(change.table_name) && row.paper_id !== undefined) {
        into.add(row.paper_id);
      } else if (change.table_name === 'tags' && row.id !== undefined) {
        for (const id of papersWithTag.all(row.id) as number[]) into.add(id);
      }
    }
  }
}

/**
 * The search index over one library, kept current by following the undo log: before each
 * query it reads the row changes (and undo/redo replays) logged since it last looked, by any
 * process, and re-indexes just the papers they touched.
 */
export class SearchService {
  private index: SearchIndex | null = null;
  private seenChange = 0;
  private seenReplay = 0;

  constructor(private readonly db: LibraryDb) {}

  private build(): SearchIndex {
    const index = new SearchIndex();
    this.db
      .transaction(() => {
        this.seenChange = this.maxId('operation_changes');
        this.seenReplay = this.maxId('operation_replays');
        for (const doc of loadAllDocuments(this.db)) index.add(doc);
      })
      .deferred();
    this.index = index;
    return index;
  }

  private maxId(table: string): number {
    return (this.db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number) ?? 0;
  }

  /** Brings the index up to date with the log; returns it. */
  sync(): SearchIndex {
    const index = this.index ?? this.build();
    const touched = new Set<number>();
    let rebuild = false;
    this.db
      .transaction(() => {
        const changes = this.db
          .prepare('SELECT id, table_name, old_row, new_row FROM operation_changes WHERE id > ? ORDER BY id')
          .all(this.seenChange) as (Change & { id: number })[];
        touchedPapers(this.db, changes, touched);
        this.seenChange = changes.at(-1)?.id ?? this.seenChange;
        const replays = this.db
          .prepare('SELECT id, operation_id FROM operation_replays WHERE id > ? ORDER BY id')
          .all(this.seenReplay) as { id: number; operation_id: number }[];
        const changesOf = this.db.prepare(
          'SELECT table_name, old_row, new_row FROM operation_changes WHERE operation_id = ?',
        );
        for (const replay of replays) {
          const replayed = changesOf.all(replay.operation_id) as Change[];
          // The operation is gone already (dropped from the history): nothing says what it touched.
          if (replayed.length === 0) rebuild = true;
          touchedPapers(this.db, replayed, touched);
          this.seenReplay = replay.id;
        }
      })
      .deferred();
    if (rebuild) return this.build();
    if (touched.size === 0) return index;
    const docs = loadDocuments(this.db, [...touched]);
    for (const doc of docs) index.add(doc);
    const present = new Set(docs.map((doc) => doc.id));
    for (const id of touched) if (!present.has(id)) index.remove(id);
    return index;
  }

  search(request: SearchRequest): SearchResult {
    return this.sync().search(request.query, {
      limit: request.limit,
      status: request.status,
      tag: request.tag,
    });
  }

  highlight(id: number, query: string): PaperHighlights {
    return this.sync().highlightPaper(id, query);
  }
}
