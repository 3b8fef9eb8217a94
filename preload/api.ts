/**
 * THE contract between the renderer and everything that owns data.
 *
 * Main registers one handler per method, the preload exposes exactly these methods,
 * the HTTP bridge serves them, and the renderer calls them through one client.
 * This file imports nothing: the sandboxed preload, main and the renderer all use it.
 */

export const PAPER_STATUSES = ['unread', 'reading', 'read'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

export interface Note {
  id: number;
  body: string;
  /** The quoted span of the abstract this note is anchored to, if any. */
  quote: string | null;
}

/**
 * Every standard BibTeX and BibLaTeX entry type (with BibLaTeX's aliases and the types its
 * standard styles know); a paper keeps the type it was imported with.
 */
export const ENTRY_TYPES = [
  'article',
  'book',
  'booklet',
  'conference',
  'inbook',
  'incollection',
  'inproceedings',
  'manual',
  'mastersthesis',
  'misc',
  'phdthesis',
  'proceedings',
  'techreport',
  'unpublished',
  'bookinbook',
  'collection',
  'dataset',
  'electronic',
  'inreference',
  'mvbook',
  'mvcollection',
  'mvproceedings',
  'mvreference',
  'online',
  'patent',
  'periodical',
  'reference',
  'report',
  'set',
  'software',
  'suppbook',
  'suppcollection',
  'suppperiodical',
  'thesis',
  'www',
  'xdata',
  'artwork',
  'audio',
  'bibnote',
  'commentary',
  'image',
  'jurisdiction',
  'legal',
  'legislation',
  'letter',
  'movie',
  'music',
  'performance',
  'review',
  'standard',
  'video',
  'customa',
  'customb',
  'customc',
  'customd',
  'custome',
  'customf',
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** BibLaTeX's name lists; BibTeX knows author and editor. */
export const CREATOR_ROLES = [
  'author',
  'editor',
  'editora',
  'editorb',
  'editorc',
  'translator',
  'annotator',
  'commentator',
  'introduction',
  'foreword',
  'afterword',
  'bookauthor',
  'holder',
] as const;
export type CreatorRole = (typeof CREATOR_ROLES)[number];

/**
 * A person ("Ludwig van Beethoven, Jr.": family Beethoven, given Ludwig, particle van, suffix Jr.)
 * or, with `literal` set and the other parts null, an organisation written as one piece.
 */
export interface Creator {
  role: CreatorRole;
  family: string | null;
  given: string | null;
  particle: string | null;
  suffix: string | null;
  literal: string | null;
}

/** The bibliographic fields Shelfmark knows, each one text as written (BibTeX names, camelCase). */
export const RECORD_FIELDS = [
  'journal',
  'booktitle',
  'volume',
  'number',
  'pages',
  'publisher',
  'address',
  'edition',
  'series',
  'chapter',
  'institution',
  'school',
  'organization',
  'howpublished',
  'isbn',
  'issn',
  'doi',
  'url',
  'eprint',
  'archivePrefix',
  'primaryClass',
  'note',
  'language',
  'keywords',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
export type RecordFields = { [F in RecordField]: string | null };

/** A field Shelfmark does not know (bdsk-url-1, mrnumber, a custom one), kept as written. */
export interface ExtraField {
  name: string;
  value: string;
}

/** A paper's bibliographic record, beyond its title. `url` is the project page or any non-code link. */
export interface BibRecord extends RecordFields {
  entryType: EntryType;
  /** In order; each role's names in the order they are cited. */
  creators: Creator[];
  /** The date, as far as it is known: a month needs a year, a day a month. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** In the order they were written. */
  extraFields: ExtraField[];
}

export interface Paper extends BibRecord {
  id: number;
  citekey: string;
  /** The key was made without authors or a year: `rekey` can make a better one now. */
  citekeyProvisional: boolean;
  title: string;
  abstract: string | null;
  status: PaperStatus;
  tags: string[];
  codeUrl: string | null;
  notes: Note[];
  addedAt: string;
  updatedAt: string;
  /** When the paper last entered Reading, and Read. */
  readingAt: string | null;
  readAt: string | null;
  /** Derived from the record, read-only: the authors as "Family, Given" (or the literal name). */
  authors: string[];
  /** Derived: journal, else booktitle, else publisher-like fields. */
  venue: string | null;
  /** Derived: the eprint when archivePrefix is arXiv. */
  arxivId: string | null;
}

/** What an edit changes; anything left out stays as it is. Creators, when given, replace the list. */
export interface PaperEdit extends Partial<RecordFields> {
  title?: string;
  abstract?: string | null;
  codeUrl?: string | null;
  entryType?: EntryType;
  creators?: CreatorInput[];
  year?: number | null;
  month?: number | null;
  day?: number | null;
  extraFields?: ExtraField[];
}

/** A creator as a person types it: "First Last", "Last, First", "von Last, Jr., First"; or structured. */
export type CreatorInput = { role: CreatorRole; name: string } | Creator;

export interface RekeyChange {
  id: number;
  title: string;
  from: string;
  to: string;
}

/** A paper as the list shows it: no abstract or notes, so large libraries stay cheap. */
export interface PaperSummary extends Pick<
  Paper,
  'id' | 'citekey' | 'title' | 'status' | 'tags' | 'addedAt' | 'year' | 'venue'
> {
  /** The first author's family name with its particle ("van der Berg"), or the literal name. */
  firstAuthor: string | null;
  /** The second author's, the same way: a row reads "Zhang and Li" for two. */
  secondAuthor: string | null;
  authorCount: number;
}

/** The longest text an import takes from the window: pasted pages are a few hundred kilobytes; this leaves room for a whole .bib file. The CLI has no such limit. */
export const MAX_IMPORT_TEXT = 20 * 1024 * 1024;

/** The longest query a search takes (a longer one is cut to it in the window). */
export const MAX_QUERY_LENGTH = 1000;

/** How the list is ordered: `queue` is Unread's "up next" order, then Reading and Read by when they moved. */
export const SORT_KEYS = ['queue', 'added', 'title', 'author', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface PaperSort {
  by: SortKey;
  direction: 'asc' | 'desc';
}

export interface TagSummary {
  name: string;
  /** #rrggbb, or null for the default. */
  color: string | null;
  /** How many papers carry it. */
  count: number;
}

/** What adding tags did; a name typed in another spelling of an existing tag adds that tag. */
export interface TaggingResult {
  /** The tags added, as the library spells them. */
  tags: string[];
  /** Names that matched an existing tag spelled otherwise ("rl" added "RL"). */
  existing: { typed: string; tag: string }[];
  /** New paper–tag links; 0 when every paper already carried every tag. */
  added: number;
}

/** What renaming a tag would do: rename it, or merge it into an existing tag (`to`). */
export interface TagRenamePreview {
  from: string;
  to: string;
  merge: boolean;
  /** How many papers will carry `to` afterwards. */
  papers: number;
}

export interface TagRenameResult {
  name: string;
  merged: boolean;
}

/** Where a paper goes in Unread's "up next" order. */
export type QueuePlacement = { to: 'top' | 'bottom' } | { before: number } | { after: number };

export interface UndoState {
  /** What Ctrl/Cmd+Z would undo, or null when there is nothing. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export type QueueCounts = Record<PaperStatus | 'all', number>;

export const IMPORT_FORMATS = ['auto', 'trending', 'bibtex', 'json', 'csl-json', 'ris'] as const;
/** trending: a copied page of titles and abstracts, or a list of titles; json: Shelfmark's own export; csl-json: pandoc's and Zotero's. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['bibtex', 'biblatex', 'markdown', 'csv', 'json', 'csl-json', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which papers an export takes; with nothing set, the whole library. The parts combine. */
export interface ExportSelection {
  ids?: number[];
  query?: string;
  tag?: string;
  status?: PaperStatus;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
  count: number;
}

export interface ImportCandidate {
  title: string;
  abstract: string | null;
  url: string | null;
  codeUrl: string | null;
  /** Set when a paper with the same normalized title is already in the library, or earlier in this paste. */
  duplicateOf:
    { id: number; title: string; kind: 'library' } | { id: null; title: string; kind: 'paste' } | null;
}

export interface ImportPreview {
  format: Exclude<ImportFormat, 'auto'>;
  candidates: ImportCandidate[];
  newCount: number;
  duplicateCount: number;
  /** Lines the parser could not place, with why; shown to the person, never silently dropped. */
  warnings: string[];
  /** Entries that could not be read (a broken BibTeX entry), with their line. */
  errors: string[];
  /** For formats with keywords: the tags they would make, and how many the library lacks; else null. */
  keywordTags: { count: number; newCount: number } | null;
}

export interface ImportResult {
  added: number;
  duplicates: number;
  /** Entries that could not be imported (a broken BibTeX entry, say); the rest still are. */
  errors: string[];
  /** Lines that were skipped, as in the preview. */
  warnings: string[];
  importId: number | null;
}

/** [start, end) character offsets into a text, for highlighting. */
export type TextRange = [start: number, end: number];

export interface SearchHitSummary {
  paper: PaperSummary;
  titleRanges: TextRange[];
}

export interface SearchResponse {
  /** Best first. */
  hits: SearchHitSummary[];
  total: number;
  /** False when total is only a lower bound (a phrase found in a great many papers). */
  totalIsExact: boolean;
  /** What was wrong with the query and how it was read anyway, for the line under the box. */
  problems: string[];
}

export interface PaperHighlights {
  titleRanges: TextRange[];
  abstractRanges: TextRange[];
}

// Damaged library
/** A verified copy in backups/ beside the library, as the damaged-library screen lists it. */
export interface BackupSummary {
  name: string;
  /** ISO 8601. */
  takenAt: string;
  reason: 'daily' | 'before-migration';
  bytes: number;
}

/** Why the library was refused at start, and the backups that can replace it, newest first. */
export interface DamagedLibrary {
  path: string;
  message: string;
  backups: BackupSummary[];
}

export interface RestoredLibrary {
  backup: BackupSummary;
  /** Where the damaged file was moved, never deleted. */
  keptAs: string | null;
}

// Lookup
export const LOOKUP_SOURCES = ['arxiv', 'semanticScholar', 'crossref', 'dblp', 'openReview'] as const;
export type LookupSource = (typeof LOOKUP_SOURCES)[number];

/** The lookup settings as the window sees them: the Semantic Scholar key never travels back, only whether one is set. */
export interface LookupSettingsView {
  /** Off: nothing is ever sent, whoever asks. */
  enabled: boolean;
  sources: LookupSource[];
  crossrefEmail: string | null;
  s2KeySet: boolean;
}

/** What to change; anything left out stays. `s2ApiKey`: a new key, or null to remove it. */
export interface LookupSettingsChange {
  enabled?: boolean;
  sources?: LookupSource[];
  crossrefEmail?: string | null;
  s2ApiKey?: string | null;
}

/** auto: a confident match (applied); review: kept for a look; reject: no match; failed: no source answered. */
export type LookupOutcome = 'auto' | 'review' | 'reject' | 'failed';

export interface LookupPaperOutcome {
  paperId: number;
  citekey: string;
  outcome: LookupOutcome;
  /** The fields filled in. */
  applied: string[];
  /** Why, in a person's words. */
  reasons: string[];
  source: LookupSource | null;
}

/** A lookup running in the background, one paper after another; polled by the window. */
export interface LookupJobProgress {
  jobId: number;
  /** stopped: ended early, by a failure of the library or lookups turned off (see `message`). */
  state: 'running' | 'cancelling' | 'finished' | 'cancelled' | 'stopped';
  total: number;
  done: number;
  applied: number;
  review: number;
  rejected: number;
  failed: number;
  /** Each paper's outcome so far, in order. */
  results: LookupPaperOutcome[];
  /** What went wrong with a source (each said once): "Crossref could not be reached ...". */
  problems: string[];
  message: string | null;
}

export type LookupFieldValue = string | number | Creator[] | null;

export interface LookupFieldChange {
  field: string;
  current: LookupFieldValue;
  proposed: LookupFieldValue;
  /** fill: empty now; update: an earlier lookup's value; conflict: the person's value (kept unless accepted). */
  kind: 'fill' | 'update' | 'conflict';
}

/** A match that waits for the person: what was found, why it is uncertain, and field by field what it would change. */
export interface LookupReview {
  id: number;
  paperId: number;
  citekey: string;
  title: string;
  source: LookupSource;
  foundTitle: string;
  score: number;
  reasons: string[];
  changes: LookupFieldChange[];
}

// List window
/** Which papers the list shows, in what order: the sidebar's queue and tag, a sort, and a search (ranked). */
export interface ListView {
  status?: PaperStatus;
  tag?: string;
  /** Ignored while searching: results keep their rank. */
  sort?: PaperSort;
  query?: string;
}

/** Rows of a view by position, and how many it holds. */
export interface ListWindow {
  /** Papers in the view: for a search, the ranked results the list can show. */
  total: number;
  /** The position of `rows[0]` (0 is the first). */
  offset: number;
  rows: PaperSummary[];
  /** For a search: how many papers matched in all, where each row's title matched, and what was wrong with the query. */
  search: {
    matched: number;
    matchedIsExact: boolean;
    problems: string[];
    /** Titles and first authors only, found while the full search is being prepared: asked again until it is not. */
    partial: boolean;
    titleRanges: [id: number, ranges: TextRange[]][];
  } | null;
}

/** Moves whenever the library changes, by this window, another one or another process (the CLI). */
export interface LibraryVersion {
  version: string;
  /** The change Undo would undo now. */
  undo: { id: number; label: string } | null;
}

type NoArgs = Record<string, never>;

export interface ShelfmarkApi {
  listPapers(args: { status?: PaperStatus; tag?: string; sort?: PaperSort }): Promise<PaperSummary[]>;
  getPaper(args: { id: number }): Promise<Paper>;
  /** One box: free words (fuzzy), "phrases", tag:NAME, status:NAME, -word; with the sidebar's filters. */
  search(args: {
    query: string;
    status?: PaperStatus;
    tag?: string;
    limit?: number;
  }): Promise<SearchResponse>;
  highlightPaper(args: { id: number; query: string }): Promise<PaperHighlights>;
  queueCounts(args: NoArgs): Promise<QueueCounts>;
  /** The format is taken from the text unless given. */
  previewImport(args: { text: string; format?: ImportFormat; html?: string }): Promise<ImportPreview>;
  /** New papers go to the bottom of Unread unless placement is 'top'. With the queues' counts after it. */
  commitImport(args: {
    text: string;
    format?: ImportFormat;
    sourceName?: string;
    placement?: 'top' | 'bottom';
    /** File the new papers as this; without it, where the source says, or Unread. */
    status?: PaperStatus;
    /** Whether keywords become tags (default true). */
    keywordTags?: boolean;
    /** A paste's HTML flavour: its arXiv, Hugging Face and Papers with Code links give papers their ids. */
    html?: string;
  }): Promise<ImportResult & { counts: QueueCounts }>;

  exportPapers(args: { format: ExportFormat; selection: ExportSelection }): Promise<ExportFile>;
  /** Electron only: main asks where to save with its own dialog; the renderer never names a path. */
  saveExport(args: {
    format: ExportFormat;
    selection: ExportSelection;
  }): Promise<{ path: string | null; count: number }>;
  /** Keys are ASCII; a key another paper has is refused. */
  setCitekey(args: { id: number; citekey: string }): Promise<null>;
  /** One undoable change; bad input (a year that isn't one, a malformed DOI...) changes nothing. */
  editPaper(args: { id: number; edit: PaperEdit }): Promise<Paper>;
  /** A paper typed by hand: a title at least. Goes to the bottom of Unread. */
  addPaper(args: { title: string; edit?: PaperEdit }): Promise<Paper>;
  /** The keys the papers would get from their record now; changes nothing. Without ids: every provisional key. */
  previewRekey(args: { ids?: number[] }): Promise<RekeyChange[]>;
  /** Gives the papers the keys previewRekey shows, as one undoable change. */
  applyRekey(args: { ids?: number[] }): Promise<RekeyChange[]>;

  /** With the queues' counts after the move, so the sidebar shows them without another read. */
  setStatus(args: { ids: number[]; status: PaperStatus }): Promise<{ moved: number; counts: QueueCounts }>;
  moveInQueue(args: { id: number; placement: QueuePlacement }): Promise<null>;
  deletePapers(args: { ids: number[] }): Promise<{ deleted: number }>;

  listTags(args: NoArgs): Promise<TagSummary[]>;
  addTags(args: { ids: number[]; names: string[] }): Promise<TaggingResult>;
  removeTags(args: { ids: number[]; names: string[] }): Promise<null>;
  previewTagRename(args: { from: string; to: string }): Promise<TagRenamePreview>;
  /** Renaming onto an existing tag merges the two only with `merge: true`; otherwise it fails with `tag_exists`. */
  renameTag(args: { from: string; to: string; merge?: boolean }): Promise<TagRenameResult>;
  deleteTag(args: { name: string }): Promise<{ papers: number }>;
  setTagColor(args: { name: string; color: string | null }): Promise<null>;

  addNote(args: { paperId: number; body: string; quote?: string }): Promise<Note>;
  updateNote(args: { id: number; body: string }): Promise<Note>;
  deleteNote(args: { id: number }): Promise<null>;

  undo(args: NoArgs): Promise<{ label: string }>;
  redo(args: NoArgs): Promise<{ label: string }>;
  undoState(args: NoArgs): Promise<UndoState>;

  // Damaged library
  /** Null when the library is open; when it was found damaged at start (serve), why and its backups. */
  damagedLibrary(args: NoArgs): Promise<DamagedLibrary | null>;
  /** Only while it is damaged: puts a backup back (the newest unless named), keeps the damaged file, opens it. */
  restoreBackup(args: { name?: string }): Promise<RestoredLibrary>;

  // Lookup
  /**
   * Starts looking papers up in the background; confident matches are filled in (one undo step
   * per job), uncertain ones wait for review. `onlyMissing` keeps the papers that lack authors or
   * a year (without ids: every such paper). Refused, with nothing sent, when lookups are off.
   */
  startLookup(args: { ids?: number[]; onlyMissing?: boolean }): Promise<LookupJobProgress>;
  /** The papers that lack authors or a year: all of them, or those the latest import added. */
  listMissingDetails(args: { latestImport?: boolean }): Promise<{ ids: number[] }>;
  lookupProgress(args: { jobId: number }): Promise<LookupJobProgress>;
  /** Stops before the next paper; what was filled in stays (and undoes as one step). */
  cancelLookup(args: { jobId: number }): Promise<LookupJobProgress>;
  listLookupReviews(args: NoArgs): Promise<LookupReview[]>;
  /** Writes exactly the fields named (all that differ when none are), as one undoable change. */
  acceptLookupReview(args: { id: number; fields?: string[] }): Promise<{ paper: Paper; written: string[] }>;
  /** Undoable: undo brings the match back for review. */
  rejectLookupReview(args: { id: number }): Promise<null>;
  getLookupSettings(args: NoArgs): Promise<LookupSettingsView>;
  setLookupSettings(args: LookupSettingsChange): Promise<LookupSettingsView>;

  // Import progress
  /** How far the running commitImport is (it runs off main); `running: false` when none is. */
  importProgress(args: NoArgs): Promise<{ running: boolean; done: number; total: number }>;
  /** Stops the running import; the library stays exactly as it was. False when none was running. */
  cancelImport(args: NoArgs): Promise<{ cancelled: boolean }>;

  // Export stream
  /** Resolves the selection and names the export by a ticket; nothing is written yet. */
  startExport(args: { format: ExportFormat; selection: ExportSelection }): Promise<ExportTicket>;
  /** Papers written so far; the window asks while main saves or the browser downloads `export/<ticket>`. */
  exportProgress(args: { ticket: string }): Promise<ExportProgress>;
  cancelExport(args: { ticket: string }): Promise<null>;
  /** Electron only: main asks where to save, then writes the started export there in chunks. */
  saveStartedExport(args: { ticket: string }): Promise<{ path: string | null; count: number }>;

  // Import by identifier
  /** The text's identifiers, one per line, when it is such a list (nothing is sent); else null. */
  readIdentifiers(args: { text: string }): Promise<IdentifierListLine[] | null>;
  /** Looks each identifier up (the network, only when lookups are on) and says what Import would add. */
  previewIdentifierImport(args: { text: string }): Promise<IdentifierPreview>;
  /** Adds what the preview showed as new, as one undoable import; lookups come from the cache. */
  commitIdentifierImport(args: {
    text: string;
    placement?: 'top' | 'bottom';
    status?: PaperStatus;
  }): Promise<ImportResult>;

  // List window
  /** The rows at positions offset..offset+limit-1 of the view; with `around`, the window that holds that paper. */
  listWindow(args: { view: ListView; offset: number; limit: number; around?: number }): Promise<ListWindow>;
  /** The view's ids in order from `offset` (select all, a shift-click range); with `within`, only those ids. */
  listIds(args: { view: ListView; offset?: number; limit?: number; within?: number[] }): Promise<number[]>;
  libraryVersion(args: NoArgs): Promise<LibraryVersion>;
  /** Undoes operation `id` only while it is still the newest change: never another's change unannounced. */
  undoOperation(args: { id: number }): Promise<{ label: string }>;

  // Published version
  /** What earlier lookups found as the preprint's published version (nothing is sent); null when none is known. */
  publishedVersion(args: { id: number }): Promise<KnownPublishedVersion | null>;
  /** Turns the paper into that version as one undoable change; the arXiv id stays as eprint. Nothing is sent. */
  usePublishedVersion(args: { id: number }): Promise<{ paper: Paper; written: string[] }>;

  // Running lookup
  /** The lookup running now (or being cancelled), for a page opened while it runs; null when none. */
  runningLookup(args: NoArgs): Promise<LookupJobProgress | null>;

  // Window reads
  /** What a refresh of the window reads, in one call: see WindowState. */
  windowState(args: {
    view: ListView;
    offset: number;
    limit: number;
    around?: number;
    /** The cursor and selection: which of them the view holds (as listIds `within`). */
    within?: number[];
    /** Only the list changed (the query did): no counts and tags. */
    listOnly?: boolean;
  }): Promise<WindowState>;
}

export type ApiMethod = keyof ShelfmarkApi;
export type ApiArgs<M extends ApiMethod> = Parameters<ShelfmarkApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<ShelfmarkApi[M]>>;

export type ApiErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'nothing_to_import'
  | 'unknown_method'
  | 'unauthorized'
  | 'nothing_to_undo'
  | 'nothing_to_redo'
  | 'not_available'
  | 'tag_exists'
  | 'busy' // another writer holds the library, or the bridge is full: nothing saved, try again
  | 'disk_full'
  | 'damaged' // the library file failed SQLite's checks; nothing more is written to it
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

/** Every transport carries this envelope, so errors arrive typed instead of as thrown strings. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload puts on `window.shelfmark`. */
export type ShelfmarkBridge = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResponse<ApiResult<M>>>;
};

/** The single IPC channel every call travels on; main checks the sender and the method. */
export const IPC_CHANNEL = 'shelfmark:call';

// Export stream
export interface ExportTicket {
  /** One use: the bridge streams the file at `export/<ticket>`, or main saves it. */
  ticket: string;
  filename: string;
  total: number;
}

export interface ExportProgress {
  state: 'ready' | 'running' | 'done' | 'failed' | 'cancelled';
  written: number;
  total: number;
  error: string | null;
}

// Import by identifier
export type IdentifierKind = 'arxiv' | 'doi' | 's2' | 'openreview';

export interface IdentifierListLine {
  line: number;
  input: string;
  /** Null when the line looks meant as an identifier but names no paper Shelfmark can look up. */
  kind: IdentifierKind | null;
}

export interface IdentifierPreviewEntry extends IdentifierListLine {
  outcome: 'new' | 'duplicate' | 'not_found' | 'failed' | 'invalid';
  /** Why a line is not new, in a sentence; null for a new paper. */
  message: string | null;
  /** What the lookup found; null when nothing was found or the line was not looked up. */
  found: {
    title: string;
    authors: string[];
    year: number | null;
    venue: string | null;
    arxivId: string | null;
    doi: string | null;
    source: string;
  } | null;
  duplicateOf: ImportCandidate['duplicateOf'];
}

export interface IdentifierPreview {
  entries: IdentifierPreviewEntry[];
  newCount: number;
  duplicateCount: number;
  /** Lines that could not be read or looked up. */
  failedCount: number;
}

// Published version
/** Where a preprint was published, as a lookup found it. */
export interface KnownPublishedVersion {
  entryType: EntryType;
  /** The journal (article) or the proceedings (booktitle). */
  venue: string;
  doi: string | null;
  year: number | null;
  volume: string | null;
  number: string | null;
  pages: string | null;
  publisher: string | null;
}

// Copy BibTeX
/** The most papers Copy BibTeX puts on the clipboard (about 1.5 MB of text); more are exported to a file. */
export const COPY_LIMIT = 1000;

// Window reads
/** A refresh's reads in one answer: the version first, so what follows is at least as new. */
export interface WindowState {
  version: LibraryVersion;
  window: ListWindow;
  /** Those of `within` the view holds. */
  held: number[];
  /** Null when only the list was asked for. */
  counts: QueueCounts | null;
  tags: TagSummary[] | null;
}
