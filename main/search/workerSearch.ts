import type { LibraryDb } from '../db/openLibrary';
import type { IndexState } from './indexSnapshot';
import { indexerRunning } from './indexerLock';
import { interimHighlights, interimRank } from './interimSearch';
import { FIRST_RANKED, LIST_RESULTS } from './listRanking';
import { buildRange } from './parallelBuild';
import type { PaperHighlights, SearchResult } from './SearchIndex';
import type { RankedIds, SearchRequest, SearchService } from './SearchService';
import { warmUpQueries } from './warmUpQueries';

export interface WorkerSearchOptions {
  /** Where the index is saved (`<library>.search-index`); none: always built. */
  snapshotPath?: string | undefined;
  /** Builds the whole index off this thread (parallelBuild.ts, buildOffThread). */
  build: () => Promise<IndexState>;
  /** How often a background indexer's mark is looked at while it builds. */
  pollMs?: number;
  /** How long to wait for it before building here after all. */
  indexerWaitMs?: number;
  /** Up to how many papers the index is built here at once (tens of ms), not answered partially meanwhile. */
  buildHereUpTo?: number;
  /** How long after a failed build the list's questions start another (doubled after each failure). */
  retryMs?: number;
  /** Runs warmUpQueries' searches once the index is ready (default); false: none. */
  warmUp?: boolean;
  /** How long after the index is ready the warm-up starts. */
  warmUpAfterMs?: number;
}

const POLL_MS = 100;
/** About 75 ms of building on our machine: less than a partial answer and its replacement would cost the person. */
const BUILD_HERE_UP_TO = 1000;
/** Longer than a background build of 100,000 papers takes. */
const INDEXER_WAIT_MS = 120_000;
/** The window asks every 500 ms while partial: a build that fails is not started again at each. */
const RETRY_MS = 5_000;
/** After this many failed builds the list's questions stop starting them, and say so. */
const GIVE_UP_AFTER = 3;
/**
 * At once: each step is now a first answer's rank (listRanking.ts), and a query typed as the list
 * shows more often met warm code. Fourteen alternating cold starts at 100,000 papers against a
 * start a second after: that query's median 126 ms against 172, the first row's 990 ms against
 * 971 (within the noise of a start).
 */
const WARM_UP_AFTER_MS = 0;
/** Questions remembered as asked before: windows open at once, each asking again every 500 ms. */
const INTERIM_ASKED_KEPT = 16;
const NOT_PREPARED = 'The full search could not be prepared: only titles and first authors were searched.';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The search worker's answers. Until the full index is ready (loaded from the snapshot, saved
 * by the background indexer, or built in a thread of its own) nothing waits on this thread: the
 * list's ranked ids and the open paper's title marks come from SQLite at once, the ids marked
 * partial (interimSearch.ts), and what must be complete (an export's ids, a full search) waits
 * for the index.
 */
export class WorkerSearch {
  private preparing: Promise<void> | null = null;
  private failures = 0;
  private retryAt = 0;
  private readonly pollMs: number;
  private readonly indexerWaitMs: number;
  /** Questions asked so far: the warm-up gives way to the first asked after it starts. */
  private questions = 0;
  /** The latest questions answered from SQLite (interimSearch.ts), oldest first: one per window open, and more. */
  private readonly interimAsked = new Set<string>();
  private warmUps = 0;

  constructor(
    private readonly service: SearchService,
    private readonly db: LibraryDb,
    private readonly options: WorkerSearchOptions,
  ) {
    this.pollMs = options.pollMs ?? POLL_MS;
    this.indexerWaitMs = options.indexerWaitMs ?? INDEXER_WAIT_MS;
  }

  /** Starts loading or building the index (once); resolves when it is ready. */
  prepare(): Promise<void> {
    if (this.service.ready) return Promise.resolve();
    this.preparing ??= this.loadOrBuild()
      .then(
        () => {
          this.failures = 0;
          this.warmUpSoon();
        },
        (error: unknown) => {
          this.failures += 1;
          this.retryAt = Date.now() + (this.options.retryMs ?? RETRY_MS) * 2 ** (this.failures - 1);
          throw error;
        },
      )
      .finally(() => {
        this.preparing = null;
      });
    return this.preparing;
  }

  /**
   * Runs warmUpQueries' searches on the ready index (WARM_UP_AFTER_MS after), one per turn of
   * the event loop so a question is answered between two, and none after the first question
   * (the person's own searches warm the code from then on).
   */
  private warmUpSoon(): void {
    if (this.options.warmUp === false) return;
    const asked = this.questions;
    const usable = () => this.questions === asked && this.service.ready && this.db.open;
    let queries: string[] = [];
    const step = () => {
      const query = queries.shift();
      if (query === undefined || !usable()) return;
      try {
        // As the list's first answer asks: the warm-up does the work a person's first search does.
        this.service.rank({ query, limit: LIST_RESULTS, rankedFirst: FIRST_RANKED });
      } catch {
        // Only time was at stake: the person's own search meets the same trouble, and says so.
        return;
      }
      this.warmUps += 1;
      setImmediate(step);
    };
    setTimeout(() => {
      if (!usable()) return;
      queries = warmUpQueries(this.db);
      step();
    }, this.options.warmUpAfterMs ?? WARM_UP_AFTER_MS).unref();
  }

  /** Warm-up searches run (for the tests: their effect is on time only). */
  get warmUpsRun(): number {
    return this.warmUps;
  }

  /** Starts preparing for a question that does not wait for it, unless failed builds ask for a pause (or gave up). */
  private prepareSoon(): void {
    if (this.service.ready || this.gaveUp || Date.now() < this.retryAt) return;
    this.prepare().catch(() => undefined);
  }

  private get gaveUp(): boolean {
    return this.failures >= GIVE_UP_AFTER;
  }

  /** Runs without a pause up to the build (or the indexer's wait): a snapshot or a small library is ready at once. */
  private async loadOrBuild(): Promise<void> {
    const { snapshotPath } = this.options;
    // A running indexer (an import's) saves a fresher snapshot than one on disk, and what a build here would make.
    if (snapshotPath && this.indexerBusy(snapshotPath)) await this.indexerDone(snapshotPath);
    if (this.service.openSaved()) return;
    const position = this.service.logPosition();
    const papers = this.db.prepare('SELECT coalesce(sum(n), 0) FROM queue_counts').pluck().get() as number;
    const state =
      papers <= (this.options.buildHereUpTo ?? BUILD_HERE_UP_TO)
        ? buildRange(this.db)
        : await this.options.build();
    this.service.adopt(state, position);
  }

  private indexerBusy(snapshotPath: string): boolean {
    const pid = indexerRunning(snapshotPath);
    return pid !== null && pid !== process.pid;
  }

  /** Looks at the indexer's mark with a timer (the thread answers meanwhile) until it is gone. */
  private async indexerDone(snapshotPath: string): Promise<void> {
    const until = Date.now() + this.indexerWaitMs;
    while (Date.now() < until && this.indexerBusy(snapshotPath)) await pause(this.pollMs);
  }

  /** The list's ranked ids: full when the index is ready, else at once from SQLite, partial. */
  rank(request: SearchRequest): RankedIds {
    this.questions += 1;
    // A failed build is tried again after a pause; the interim answer stands meanwhile.
    this.prepareSoon();
    if (this.service.ready) return this.service.rank(request);
    // A new query's first answer stops at the list's limit; asked again (the window asks every
    // 500 ms while partial), every match is counted.
    const asked = JSON.stringify([request.query, request.status, request.tag, request.limit]);
    const interim = interimRank(this.db, request, { countAll: this.interimAsked.has(asked) });
    this.interimAsked.delete(asked);
    this.interimAsked.add(asked);
    for (const oldest of this.interimAsked)
      if (this.interimAsked.size > INTERIM_ASKED_KEPT) this.interimAsked.delete(oldest);
    // No full answer is coming: the window stops asking, and the person is told why.
    if (this.gaveUp) return { ...interim, partial: false, problems: [...interim.problems, NOT_PREPARED] };
    return interim;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    this.questions += 1;
    await this.prepare();
    return this.service.search(request);
  }

  /** An export's ids: complete, so they wait for the full index. */
  async searchIds(request: SearchRequest): Promise<Float64Array> {
    this.questions += 1;
    await this.prepare();
    return this.service.searchIds(request);
  }

  /** The open paper's marks: meanwhile in its title only, so showing the paper never waits for the index. */
  highlight(paperId: number, query: string): PaperHighlights {
    this.questions += 1;
    this.prepareSoon();
    if (this.service.ready) return this.service.highlight(paperId, query);
    return interimHighlights(this.db, paperId, query);
  }

  save(): boolean {
    return this.service.save();
  }
}
