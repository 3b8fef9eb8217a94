import type { ExportFormat, ExportSelection, Paper, PaperStatus } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { papersByCitekeys, papersByIds, sliceFacts, tagNamesByIds } from '../db/exportQueries';
import { exportFileName } from '../export/exportFileName';
import { EXPORT_FILES } from '../export/renderExport';
import { bibtexChunks } from '../export/writeBibtex';
import { cslJsonChunks } from '../export/writeCslJson';
import { csvChunks } from '../export/writeCsv';
import { jsonChunks } from '../export/writeJson';
import { markdownChunks } from '../export/writeMarkdown';
import { risChunks } from '../export/writeRis';
import { nextTurn, selectionIds, type Search } from './selectionIds';
import { ShelfmarkError } from './ShelfmarkError';
import { listTags } from './tags';

/** Papers read and written in the first step; later steps are sized to take about STEP_MS each. */
export const EXPORT_BATCH = 50;
/** A step's aim: well under the 50 ms main may be held, on a slow machine too. */
const STEP_MS = 15;
const MIN_BATCH = 5;
/** At most this many papers are held at once, whatever the timing says. */
export const MAX_BATCH = 500;
/** Ids looked at per query while planning (statuses, crossrefs, tags). */
const PLAN_SLICE = 5000;

export class ExportCancelledError extends ShelfmarkError {
  constructor() {
    super('invalid_argument', 'The export was cancelled; no file was written.', null);
  }
}

export interface ExportStreamOptions {
  now?: Date;
  batchSize?: number;
  /** Papers written so far, after each chunk. */
  onProgress?: (written: number, total: number) => void;
  /** Checked between batches: once aborted, the chunks stop with ExportCancelledError. */
  signal?: AbortSignal;
}

export interface ExportStream {
  filename: string;
  mimeType: string;
  /** How many papers the file will hold. */
  total: number;
  /** The file, in order, a batch of papers per chunk; papers are read only as chunks are asked for. */
  chunks: AsyncGenerator<string, void, undefined>;
}

/**
 * Papers for the ids, `size()` at a time (never more than MAX_BATCH): at most one batch is held,
 * and each costs five queries whatever its length.
 */
export function* paperBatches(db: LibraryDb, ids: readonly number[], size: () => number): Generator<Paper[]> {
  for (let start = 0; start < ids.length;) {
    const end = start + Math.max(1, Math.min(MAX_BATCH, Math.floor(size())));
    yield papersByIds(db, ids.slice(start, end));
    start = end;
  }
}

interface Plan {
  ids: number[];
  statuses: Map<number, PaperStatus>;
  crossrefs: Set<string>;
  tagIds: Set<number>;
}

async function plan(db: LibraryDb, ids: number[], signal?: AbortSignal): Promise<Plan> {
  const found: Plan = { ids, statuses: new Map(), crossrefs: new Set(), tagIds: new Set() };
  for (let start = 0; start < ids.length; start += PLAN_SLICE) {
    if (start > 0) await nextTurn();
    if (signal?.aborted) throw new ExportCancelledError();
    const facts = sliceFacts(db, ids.slice(start, start + PLAN_SLICE));
    for (const [id, status] of facts.statuses) found.statuses.set(id, status);
    for (const value of facts.crossrefs) found.crossrefs.add(value);
    for (const id of facts.tagIds) found.tagIds.add(id);
  }
  // Papers deleted since the ids were read are left out.
  found.ids = ids.filter((id) => found.statuses.has(id));
  return found;
}

/** The writer for a format, and the order it needs the papers in. */
function writer(
  db: LibraryDb,
  format: ExportFormat,
  planned: Plan,
  now: Date,
): { order: number[]; write: (batches: Iterable<Paper[]>) => Generator<string> } {
  const { ids } = planned;
  switch (format) {
    case 'bibtex':
    case 'biblatex': {
      // Entries another one cross-references go last, as BibTeX needs its parents after their children.
      const selected = new Set(ids);
      const parents = papersByCitekeys(db, [...planned.crossrefs]).filter(({ id }) => selected.has(id));
      const parentIds = new Set(parents.map(({ id }) => id));
      const present = new Set(parents.map(({ citekey }) => citekey));
      return {
        order: [...ids.filter((id) => !parentIds.has(id)), ...ids.filter((id) => parentIds.has(id))],
        write: (batches) => bibtexChunks(batches, ids.length, format, present),
      };
    }
    case 'markdown': {
      const counts: Record<PaperStatus, number> = { unread: 0, reading: 0, read: 0 };
      for (const id of ids) counts[planned.statuses.get(id) ?? 'unread'] += 1;
      const inQueue = (status: PaperStatus) => ids.filter((id) => planned.statuses.get(id) === status);
      return {
        order: [...inQueue('unread'), ...inQueue('reading'), ...inQueue('read')],
        write: (batches) => markdownChunks(batches, counts),
      };
    }
    case 'csv':
      return { order: ids, write: csvChunks };
    case 'csl-json':
      return { order: ids, write: cslJsonChunks };
    case 'ris':
      return { order: ids, write: risChunks };
    case 'json': {
      const used = new Set(tagNamesByIds(db, [...planned.tagIds]).map((name) => name.toLowerCase()));
      return { order: ids, write: (batches) => jsonChunks(batches, listTags(db), used, now) };
    }
  }
}

/**
 * An export as a stream: the selection is resolved to ids, what the writer must know first
 * (queue counts, crossref parents, tags used) is gathered a slice at a time, and the papers are
 * then read and written a batch at a time, with a turn of the event loop between batches. The
 * text is byte for byte what renderExport makes of the same papers.
 */
export async function exportStream(
  db: LibraryDb,
  format: ExportFormat,
  selection: ExportSelection,
  search: Search,
  options: ExportStreamOptions = {},
): Promise<ExportStream> {
  const now = options.now ?? new Date();
  const { signal, onProgress } = options;
  // A fixed size when asked for (tests); otherwise each batch is sized from how long the last took.
  let size = options.batchSize ?? EXPORT_BATCH;
  const adapt = (papers: number, ms: number) => {
    if (options.batchSize !== undefined || papers === 0) return;
    size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round((STEP_MS * papers) / Math.max(ms, 1))));
  };
  const planned = await plan(db, await selectionIds(db, selection, search), signal);
  const { order, write } = writer(db, format, planned, now);
  const total = order.length;
  async function* chunks(): AsyncGenerator<string, void, undefined> {
    let written = 0;
    let inStep = 0;
    const counted = function* () {
      for (const batch of paperBatches(db, order, () => size)) {
        written += batch.length;
        inStep = batch.length;
        yield batch;
      }
    };
    let started = performance.now();
    for (const chunk of write(counted())) {
      adapt(inStep, performance.now() - started);
      inStep = 0;
      if (signal?.aborted) throw new ExportCancelledError();
      if (chunk !== '') yield chunk;
      onProgress?.(written, total);
      await nextTurn();
      started = performance.now();
    }
  }
  return {
    filename: exportFileName(selection, EXPORT_FILES[format].extension, now),
    mimeType: EXPORT_FILES[format].mimeType,
    total,
    chunks: chunks(),
  };
}

/** The whole export as one string, for small ones (Copy BibTeX). */
export async function collectExport(stream: ExportStream): Promise<string> {
  let content = '';
  for await (const chunk of stream.chunks) content += chunk;
  return content;
}
