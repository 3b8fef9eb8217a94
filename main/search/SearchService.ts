import type { PaperStatus } from '../../preload/api';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { LibraryDb } from '../db/openLibrary';
import { waitForIndexer } from './indexerLock';
import {
  encodeSnapshot,
  readSnapshot,
  writeSnapshot,
  type IndexState,
  type SnapshotStamp,
} from './indexSnapshot';
import { SnapshotUnreadable } from './savedPostings';
import { DOCUMENT_COLUMNS, eachDocument, loadDocuments, statusesOf, textSource } from './searchDocuments';
import { SearchIndex, type PaperHighlights, type SearchResult, type TitleMarks } from './SearchIndex';

export interface SearchRequest {
  query: string;
  status?: PaperStatus | undefined;
  tag?: string | undefined;
  limit?: number | undefined;
  /**
   * The list's first answer (listRanking.ts): the full index ranks only this many of the best for
   * now, and still counts every match. An interim answer is cut at `limit` as before.
   */
  rankedFirst?: number | undefined;
  /** See SearchOptions: false leaves the marking to the caller. */
  titleRanges?: boolean | undefined;
}

/** A search as the list window pages through it: ids (one typed array to send), counts, marks. */
export interface RankedIds {
  ids: Float64Array;
  total: number;
  totalIsExact: boolean;
  problems: string[];
  marks: TitleMarks;
  /** An interim answer (interimSearch.ts) given while the full index is being prepared. */
  partial: boolean;
}

interface Change {
  table_name: string;
  old_row: string | null;
  new_row: string | null;
}

/** Tables whose rows belong to one paper (paper_id) and feed its search document. */
const PAPER_PARTS = new Set(['paper_tags', 'notes', 'paper_creators']);

/** What a logged change asks of the index: papers to read again whole, and papers whose status alone moved. */
interface Touched {
  papers: Set<number>;
  statuses: Set<number>;
}

/**
 * Whether a papers row's update changed what its search document reads (DOCUMENT_COLUMNS), or
 * only its status, or neither (its place in a queue, a date, its key): only the first has the
 * paper read and indexed again.
 */
function paperUpdate(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): 'document' | 'status' | null {
  if (DOCUMENT_COLUMNS.some((column) => before[column] !== after[column])) return 'document';
  return before.status !== after.status ? 'status' : null;
}

/**
 * The papers a logged row change touches: its own (the venue and year are papers columns), or,
 * for a tag, every paper carrying it.
 */
function touchedPapers(db: LibraryDb, changes: readonly Change[], into: Touched): void {
  const papersWithTag = db.prepare('SELECT paper_id FROM paper_tags WHERE tag_id = ?').pluck();
  for (const change of changes) {
    if (change.table_name === 'papers' && change.old_row !== null && change.new_row !== null) {
      const before = JSON.parse(change.old_row) as Record<string, unknown>;
      const after = JSON.parse(change.new_row) as Record<string, unknown>;
      const update = paperUpdate(before, after);
      if (update === 'document') into.papers.add(Number(before.id)).add(Number(after.id));
      else if (update === 'status') into.statuses.add(Number(after.id));
      continue;
    }
    for (const image of [change.old_row, change.new_row]) {
      if (image === null) continue;
      const row = JSON.parse(image) as Record<string, number>;
      if (change.table_name === 'papers' && row.id !== undefined) into.papers.add(row.id);
      else if (PAPER_PARTS.has(change.table_name) && row.paper_id !== undefined) {
        into.papers.add(row.paper_id);
      } else if (change.table_name === 'tags' && row.id !== undefined) {
        for (const id of papersWithTag.all(row.id) as number[]) into.papers.add(id);
      }
    }
  }
}

export interface SearchServiceOptions {
  /** Where the index is saved between runs (`<library>.search-index`); none: built at every start. */
  snapshotPath?: string | undefined;
  /** How long to wait for a background indexer writing the snapshot, rather than build beside it. */
  indexerWaitMs?: number;
}

/** Longer than a background build of 100,000 papers takes. */
const INDEXER_WAIT_MS = 120_000;

/** How the index came to be: read from the library, or loaded from a snapshot and caught up. */
export type IndexOrigin = 'built' | 'loaded';

/** The snapshot of the library at `path`, beside it. */
export function snapshotPathFor(path: string): string | undefined {
  return path === '' || path === ':memory:' ? undefined : `${resolve(path)}.search-index`;
}

/**
 * The search index over one library, kept current by following the undo log: before each
 * query it reads the row changes (and undo/redo replays) logged since it last looked, by any
 * process, and re-indexes just the papers they touched. With a snapshot path it starts from
 * the saved index and catches up the same way, instead of reading every paper.
 */
export class SearchService {
  private index: SearchIndex | null = null;
  private seenChange = 0;
  private seenReplay = 0;
  /** The log position the snapshot on disk covers (-1: none written or read). */
  private savedChange = -1;
  private savedReplay = -1;
  /** How the current index came to be, and how many full builds this service has made. */
  origin: IndexOrigin | null = null;
  builds = 0;
  private readonly textOf: (id: number) => { abstract: string; notes: string };
  private readonly snapshotPath: string | undefined;
  private readonly indexerWaitMs: number;

  constructor(
    private readonly db: LibraryDb,
    options: SearchServiceOptions = {},
  ) {
    this.textOf = textSource(db);
    this.snapshotPath = options.snapshotPath;
    this.indexerWaitMs = options.indexerWaitMs ?? INDEXER_WAIT_MS;
  }

  /** Which library a snapshot belongs to: the file and its schema version. */
  private identity(): string {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    return JSON.stringify([resolve(this.db.name), version]);
  }

  private build(): SearchIndex {
    const index = new SearchIndex({ textOf: this.textOf });
    this.db
      .transaction(() => {
        this.seenChange = this.maxId('operation_changes');
        this.seenReplay = this.maxId('operation_replays');
        for (const doc of eachDocument(this.db)) index.add(doc);
      })
      .deferred();
    this.index = index;
    this.origin = 'built';
    this.builds += 1;
    return index;
  }

  /** The saved index, if there is one for this library that the log can still bring up to date. */
  private load(): SearchIndex | null {
    if (!this.snapshotPath) return null;
    const saved = readSnapshot(this.snapshotPath, this.identity());
    if (!saved) return null;
    const { lastChange, lastReplay, logMark } = saved.stamp;
    // A log that ends before the snapshot, or holds another row where it ended: another file,
    // or an older copy of this one. Replays are kept to the last UNDO_DEPTH: if some made since
    // the snapshot are gone, what they touched is unknown.
    if (this.replaysLost(lastReplay)) return null;
    if (this.logMark(lastChange) !== logMark) return null;
    this.index = SearchIndex.fromState(saved.state, this.textOf);
    this.seenChange = this.savedChange = lastChange;
    this.seenReplay = this.savedReplay = lastReplay;
    this.origin = 'loaded';
    return this.index;
  }

  /**
   * Starts from the snapshot, caught up; rebuilds when there is none, or when the caught-up
   * index does not hold exactly the library's papers (a snapshot of another file).
   */
  private open(): SearchIndex {
    let loaded = this.load();
    // The import's background indexer is writing it: its snapshot is what a build here would make.
    if (!loaded && this.snapshotPath && waitForIndexer(this.snapshotPath, this.indexerWaitMs))
      loaded = this.load();
    if (!loaded) return this.build();
    return this.settle(loaded);
  }

  /** A loaded or adopted index, caught up; rebuilt when it does not hold exactly the library's papers. */
  private settle(loaded: SearchIndex): SearchIndex {
    this.catchUp(loaded);
    // The queues' counts are kept by triggers (as countQueues reads them): count(*) would read an
    // index of every paper, some 10 ms at 100,000.
    const { count, top } = this.db
      .prepare(
        `SELECT (SELECT coalesce(sum(n), 0) FROM queue_counts) AS count,
                (SELECT coalesce(max(id), 0) FROM papers) AS top`,
      )
      .get() as { count: number; top: number };
    if (this.index !== loaded) return this.index ?? this.build();
    if (loaded.size !== count || (count > 0 && !loaded.hasDocument(top))) return this.build();
    return loaded;
  }

  /** Whether an index is open (loaded, built or adopted): a query then needs no load or build first. */
  get ready(): boolean {
    return this.index !== null;
  }

  /** Opens the saved snapshot, caught up; false when there is none this library can use (nothing is built then). */
  openSaved(): boolean {
    const loaded = this.load();
    if (!loaded) return false;
    this.settle(loaded);
    return true;
  }

  /**
   * Whether the loaded snapshot's postings all read back as written (a load reads only its head).
   * A damaged one is dropped, so what is built next is saved over it.
   */
  savedIntact(): boolean {
    try {
      this.index?.checkSaved();
      return this.index !== null;
    } catch (error) {
      if (!(error instanceof SnapshotUnreadable)) throw error;
      this.index = null;
      this.savedChange = this.savedReplay = -1;
      return false;
    }
  }

  /** Where the log ends now: taken before a build made elsewhere reads the papers (adopt). */
  logPosition(): { change: number; replay: number } {
    return { change: this.maxId('operation_changes'), replay: this.maxId('operation_replays') };
  }

  /**
   * Takes an index built elsewhere (parallelBuild.ts) from papers read after `position` was
   * taken, and catches it up from there: a paper changed meanwhile is simply read again.
   */
  adopt(state: IndexState, position: { change: number; replay: number }): SearchIndex {
    const index = SearchIndex.fromState(state, this.textOf);
    this.index = index;
    this.seenChange = position.change;
    this.seenReplay = position.replay;
    this.origin = 'built';
    this.builds += 1;
    return this.settle(index);
  }

  /** A digest of the log row `id` and when its operation began (fields never updated); '' for none. */
  private logMark(id: number): string {
    const row = this.db
      .prepare(
        `SELECT c.operation_id, c.table_name, c.old_row, c.new_row, o.created_at
         FROM operation_changes c JOIN operations o ON o.id = c.operation_id WHERE c.id = ?`,
      )
      .raw()
      .get(id);
    return row === undefined ? '' : createHash('sha256').update(JSON.stringify(row)).digest('hex');
  }

  /**
   * Saves the index and the log position it covers, if it has moved since the last save. What
   * changed since the last query is taken in first: a window closed after a paste saves the
   * pasted papers, so the next start or `shelfmark search` need not catch them up from the log.
   */
  save(): boolean {
    if (!this.snapshotPath || !this.index) return false;
    this.catchUp(this.index);
    if (this.savedChange === this.seenChange && this.savedReplay === this.seenReplay) return false;
    const stamp: SnapshotStamp = {
      logMark: this.logMark(this.seenChange),
      library: this.identity(),
      lastChange: this.seenChange,
      lastReplay: this.seenReplay,
    };
    let state: IndexState;
    try {
      state = this.index.exportState();
    } catch (error) {
      // Its postings' file was replaced or damaged: the next question loads or builds again.
      if (!(error instanceof SnapshotUnreadable)) throw error;
      this.index = null;
      return false;
    }
    writeSnapshot(this.snapshotPath, encodeSnapshot(state, stamp));
    this.savedChange = this.seenChange;
    this.savedReplay = this.seenReplay;
    return true;
  }

  /** How many log rows the index is ahead of the snapshot on disk. */
  get unsavedChanges(): number {
    return this.seenChange - Math.max(0, this.savedChange) + this.seenReplay - Math.max(0, this.savedReplay);
  }

  /**
   * Whether replays made after `seen` are gone from the log (it keeps the last UNDO_DEPTH), or the
   * log ends before it: what they touched is unknown.
   */
  private replaysLost(seen: number): boolean {
    const newest = this.maxId('operation_replays');
    const since = this.db
      .prepare('SELECT count(*) FROM operation_replays WHERE id > ?')
      .pluck()
      .get(seen) as number;
    return seen > newest || since !== newest - seen;
  }

  private maxId(table: string): number {
    return (this.db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number) ?? 0;
  }

  /** Brings the index up to date with the log; returns it. */
  sync(): SearchIndex {
    return this.index ? this.catchUp(this.index) : this.open();
  }

  private catchUp(index: SearchIndex): SearchIndex {
    const touched: Touched = { papers: new Set(), statuses: new Set() };
    let rebuild = false;
    this.db
      .transaction(() => {
        if (this.replaysLost(this.seenReplay)) {
          rebuild = true;
          return;
        }
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
    const again = new Set(touched.papers);
    for (const [id, status] of statusesOf(
      this.db,
      [...touched.statuses].filter((id) => !again.has(id)),
    )) {
      // Gone since (null), or not indexed yet: read whole, as any other change.
      if (status === null || !index.setStatus(id, status)) again.add(id);
    }
    if (again.size === 0) return index;
    const docs = loadDocuments(this.db, [...again]);
    for (const doc of docs) index.add(doc);
    const present = new Set(docs.map((doc) => doc.id));
    for (const id of again) if (!present.has(id)) index.remove(id);
    return index;
  }

  /**
   * Asks the index; when the snapshot its postings are read from was replaced (another process
   * saved) or found damaged meanwhile, loads it again, and rebuilds if that fails too.
   */
  private answer<T>(ask: (index: SearchIndex) => T): T {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return ask(this.sync());
      } catch (error) {
        if (!(error instanceof SnapshotUnreadable)) throw error;
        this.index = null;
        this.savedChange = this.savedReplay = -1;
        if (attempt > 0) return ask(this.build());
      }
    }
  }

  search(request: SearchRequest): SearchResult {
    return this.answer((index) =>
      index.search(request.query, {
        limit: request.limit,
        status: request.status,
        tag: request.tag,
        titleRanges: request.titleRanges,
      }),
    );
  }

  highlight(id: number, query: string): PaperHighlights {
    return this.answer((index) => index.highlightPaper(id, query));
  }

  // List window: ranked ids
  /** The best `limit` matches as ids, with what to mark in the titles of the few the window shows. */
  rank({ rankedFirst, ...request }: SearchRequest): RankedIds {
    const limit =
      rankedFirst === undefined ? request.limit : Math.min(rankedFirst, request.limit ?? rankedFirst);
    const { hits, total, totalIsExact, problems, marks } = this.search({
      ...request,
      limit,
      titleRanges: false,
    });
    return {
      ids: Float64Array.from(hits, (hit) => hit.id),
      total,
      totalIsExact,
      problems,
      marks: marks ?? { terms: [], phrases: [] },
      partial: false,
    };
  }

  // Export: ids only
  /** Every paper the query matches, best first, as ids in a typed array: cheap to send to main. */
  searchIds(request: SearchRequest): Float64Array {
    return this.rank({ ...request, limit: Number.MAX_SAFE_INTEGER }).ids;
  }
}
