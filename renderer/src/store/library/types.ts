import type {
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
}

/** Filter and list: what the sidebar picked, and the papers, counts and tags it shows. */
export interface ListSlice {
  queue: QueueFilter;
  tag: string | null;
  /** The list's order; `queue` (the default) keeps Unread's up-next order. Search results keep their rank. */
  sort: PaperSort;
  papers: PaperSummary[];
  counts: QueueCounts;
  tags: TagSummary[];
  loaded: boolean;
  /** Reloads the list (or the search results), the counts and tags, and the open paper. */
  refresh: (options?: RefreshOptions) => Promise<void>;
  setQueue: (queue: QueueFilter) => Promise<void>;
  setTag: (tag: string | null) => Promise<void>;
  setSort: (sort: PaperSort) => Promise<void>;
}

/** Cursor and selection. */
export interface PlaceSlice extends Place {
  select: (id: number | null, mode?: SelectMode) => void;
  moveCursor: (delta: number) => void;
  selectAll: () => void;
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
  titleRanges: Map<number, TextRange[]>;
  total: number;
  totalIsExact: boolean;
  problems: string[];
  /** Where the cursor and selection were before searching, to go back to when the box is cleared. */
  before: Place;
}

/** The search box; while it has text, the list shows its results, best first. */
export interface SearchSlice {
  query: string;
  search: SearchResults | null;
  setQuery: (query: string) => void;
}

export type LibraryState = ListSlice & PlaceSlice & OpenPaperSlice & SearchSlice;
