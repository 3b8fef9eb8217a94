import type {
  LibraryVersion,
  Paper,
  PaperSort,
  PaperHighlights,
  PaperStatus,
  PaperSummary,
  QueueCounts,
  TagSummary,
  TextRange,
} from '../../../../preload/api';
import type { Place, SelectMode } from '../../cursor';

export type QueueFilter = 'all' | PaperStatus;

export interface RefreshOptions {
  /** Only the list changed (the query did): leave the counts and tags as they are. */
  listOnly?: boolean;
  /** Papers a triage key just acted on: the cursor moves on past them (see cursor.ts). */
  passing?: readonly number[];
  /** The view itself changed (queue, tag, sort, query): load the rows around the cursor, or the first ones. */
  newView?: boolean;
  /** Land as a new query's results: from the first, the cursor on it (full results replacing partial ones). */
  firstResults?: boolean;
  /** The full results replacing partial ones among which the person chose a paper: loaded around it, the cursor kept on it. */
  aroundChosen?: boolean;
  /** Called once the list's answer is in (or failed), before it is shown or dropped. */
  answered?: () => void;
}

/** The positions the list shows on screen, first and last. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Filter and list: what the sidebar picked, and the window of the list the window holds. The
 * list is never held whole: `rows` has the rows around what is on screen, by position, and
 * the list draws a placeholder for a position it has not loaded yet.
 */
export interface ListSlice {
  queue: QueueFilter;
  tag: string | null;
  /** The list's order; `queue` (the default) keeps Unread's up-next order. Search results keep their rank. */
  sort: PaperSort;
  /** How many papers the view holds (a search: how many of its best the list can show). */
  total: number;
  /** The loaded rows, by position in the view (0 is the first). */
  rows: ReadonlyMap<number, PaperSummary>;
  /** What the list has on screen, which a refresh loads again. */
  onScreen: Span;
  /**
   * How many new views (queue, tag, sort) and new queries' results have landed: at each, the list
   * shows the cursor's row (a new query's first), or its first row with no cursor, wherever it was scrolled.
   */
  viewsLanded: number;
  counts: QueueCounts;
  tags: TagSummary[];
  loaded: boolean;
  /** The library version these rows and counts were read at, and the change Undo would undo. */
  version: LibraryVersion | null;
  /**
   * Shows the rows kept from before a search when they are still the view's (same view, and the
   * library has not changed since they were read); false when they are not, and the refresh must.
   */
  showKeptList: (kept: KeptList | null) => boolean;
  /** The queues' counts as a change the window made answered them; a refresh that read them earlier keeps these. */
  showCounts: (counts: QueueCounts) => void;
  /** Reloads the rows on screen (or the search results), the counts and tags, and the open paper. */
  refresh: (options?: RefreshOptions) => Promise<void>;
  /** The list scrolled: loads the rows on screen and a margin that are not loaded yet. */
  showSpan: (span: Span) => Promise<void>;
  /** Loads rows of the view into those held (with `around`, the ones around that paper). */
  loadRows: (request: { offset: number; limit: number; around?: number }) => Promise<void>;
  /** Another process (or window) changed the library since the rows were read: refresh. One poll. */
  followChanges: () => Promise<void>;
  setQueue: (queue: QueueFilter) => Promise<void>;
  setTag: (tag: string | null) => Promise<void>;
  setSort: (sort: PaperSort) => Promise<void>;
}

/** Cursor and selection. */
export interface PlaceSlice extends Place {
  select: (id: number | null, mode?: SelectMode) => void;
  /** j / k: the paper `delta` positions on, loading it first when it is not loaded. */
  moveCursor: (delta: number) => Promise<void>;
  /** Every paper of the view (asked of the core by view, not from the loaded rows). */
  selectAll: () => Promise<void>;
  clearSelection: () => void;
}

/** The open paper: the one under the cursor, in full. */
export interface OpenPaperSlice {
  current: Paper | null;
  /** Where the search matched in the open paper. */
  currentHighlights: PaperHighlights | null;
  loadCurrent: () => Promise<void>;
}

export interface SearchResults {
  /** The query these results are for. */
  query: string;
  /** For the loaded rows: where the query matched each title. */
  titleRanges: Map<number, TextRange[]>;
  /** How many papers matched in all (the list scrolls through the best of them). */
  total: number;
  totalIsExact: boolean;
  problems: string[];
  /** Found without the full index (titles and first authors), which is being prepared; asked again until not. */
  partial: boolean;
  /** Where the cursor and selection were before searching, to go back to when the box is cleared. */
  before: Place;
  /** The list's rows as they were before searching, shown again at once when the box is cleared. */
  list: KeptList | null;
}

/** A view's rows as read at one library version: while the version has not moved, they are the view's rows. */
export interface KeptList {
  /** The view (queue, tag, sort) they are the rows of; see selectListKey. */
  view: string;
  version: string;
  rows: ReadonlyMap<number, PaperSummary>;
  total: number;
}

/** The search box; while it has text, the list shows its results, best first. */
export interface SearchSlice {
  query: string;
  search: SearchResults | null;
  setQuery: (query: string) => void;
  /** While the results are partial, asks for them again shortly, so the full ones replace them unasked. */
  followPartialSearch: () => void;
}

export type LibraryState = ListSlice & PlaceSlice & OpenPaperSlice & SearchSlice;
