import type { ExportFormat, ExportSelection, Paper, PaperStatus } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { papersByCitekeys, papersByIds, sliceFacts, tagNamesByIds } from '../db/exportQueries';
import { exportFileName } from '../export/exportFileName';
import { EXPORT_FILES } from '../export/exportFiles';
import { nextTurn, selectionIds, type SearchIds } from './selectionIds';
import { ShelfmarkError } from './ShelfmarkError';
import { listTags } from './tags';

/** Papers read per query: small, so a turn of the event loop is never far off. */
export const EXPORT_BATCH = 20;
/** How long main may work on an export before it lets the event loop run: well under the 50 ms it may be held. */
export const STEP_MS = 6;
/** At most this many papers are read and written between two turns, whatever the clock says. */
export const MAX_BATCH = 500;
/**
 * Ids looked at per query while planning (statuses, crossrefs, tags). Reading a paper's status
 * costs about as much as reading the paper (it is stored after the abstract), so a slice is no
 * larger than a step's batch: at 1,000 one query held main for 10–20 ms on a 100,000-paper library.
 */
export const PLAN_SLICE = 250;

export class ExportCancelledError extends ShelfmarkError {
  constructor() {
    super('invalid_argument', 'The export was cancelled; no file was written.', null);
  }
}

export interface ExportStreamOptions {
  now?: Date;
  /** Papers read per query (EXPORT_BATCH). */
  batchSize?: number;
  /** Work done between two turns of the event loop (STEP_MS); 0 turns after every batch. */
  stepMs?: number;
  /** Milliseconds, for the steps (tests freeze or hurry it). */
  clock?: () => number;
  /** Papers written so far, after each chunk, just before the event loop gets its turn. */
  onProgress?: (written: number, total: number) => void;
  /** Checked between batches: once aborted, the chunks stop with ExportCancelledError. */
  signal?: AbortSignal;
}

export interface ExportStream {
  filename: string;
  mimeType: string;
  /** How many papers the file will hold. */
  total: number;
  /** The file, in order, a step's papers per chunk; papers are read only as chunks are asked for. */
  chunks: AsyncGenerator<string, void, undefined>;
}

/**
 * Papers for the ids, `size` at a time (never more than MAX_BATCH): at most one batch is held,
 * and each costs five queries whatever its length.
 */
export function* paperBatches(db: LibraryDb, ids: readonly number[], size: number): Generator<Paper[]> {
  const step = Math.max(1, Math.min(MAX_BATCH, Math.floor(size)));
  for (let start = 0; start < ids.length; start += step)
    yield papersByIds(db, ids.slice(start, start + step));
}

/**
 * Splits synchronous work into steps: `due()` says when a step has run its time, and `turn()`
 * lets the event loop run (timers, other requests, the window) before the next one starts.
 */
export function stepper(stepMs: number, clock: () => number) {
  let started = clock();
  return {
    due: () => clock() - started >= stepMs,
    async turn() {
      await nextTurn();
      started = clock();
    },
  };
}

interface Plan {
  /** The selection's ids still in the library, in its order. */
  ids: number[];
  /** The same ids queue by queue, for the Markdown file's sections. */
  byStatus: Record<PaperStatus, number[]>;
  crossrefs: Set<string>;
  tagIds: Set<number>;
}

async function plan(
  db: LibraryDb,
  ids: readonly number[],
  steps: ReturnType<typeof stepper>,
  signal?: AbortSignal,
): Promise<Plan> {
  const found: Plan = {
    ids: [],
    byStatus: { unread: [], reading: [], read: [] },
    crossrefs: new Set(),
    tagIds: new Set(),
  };
  for (let start = 0; start < ids.length; start += PLAN_SLICE) {
    if (steps.due()) await steps.turn();
    if (signal?.aborted) throw new ExportCancelledError();
    const slice = ids.slice(start, start + PLAN_SLICE);
    const facts = sliceFacts(db, slice);
    // Papers deleted since the ids were read are left out.
    for (const id of slice) {
      const status = facts.statuses.get(id);
      if (status === undefined) continue;
      found.ids.push(id);
      found.byStatus[status].push(id);
    }
    for (const value of facts.crossrefs) found.crossrefs.add(value);
    for (const id of facts.tagIds) found.tagIds.add(id);
  }
  return found;
}

/**
 * The writer for a format, and the order it needs the papers in. Only that format's writer is
 * loaded (the first export of a run would otherwise load all six in one long turn).
 */
async function writer(
  db: LibraryDb,
  format: ExportFormat,
  planned: Plan,
  now: Date,
): Promise<{ order: number[]; write: (batches: Iterable<Paper[]>) => Generator<string> }> {
  const { ids } = planned;
  switch (format) {
    case 'bibtex':
    case 'biblatex': {
      const { bibtexChunks } = await import('../export/writeBibtex.js');
      // Entries another one cross-references go last, as BibTeX needs its parents after their children.
      const candidates = new Map(papersByCitekeys(db, [...planned.crossrefs]).map((p) => [p.id, p.citekey]));
      const parentIds = new Set<number>();
      const present = new Set<string>();
      if (candidates.size > 0) {
        for (const id of ids) {
          const citekey = candidates.get(id);
          if (citekey === undefined) continue;
          parentIds.add(id);
          present.add(citekey);
        }
      }
      return {
        order:
          parentIds.size === 0
            ? ids
            : [...ids.filter((id) => !parentIds.has(id)), ...ids.filter((id) => parentIds.has(id))],
        write: (batches) => bibtexChunks(batches, ids.length, format, present),
      };
    }
    case 'markdown': {
      const { markdownChunks } = await import('../export/writeMarkdown.js');
      const { unread, reading, read } = planned.byStatus;
      const counts: Record<PaperStatus, number> = {
        unread: unread.length,
        reading: reading.length,
        read: read.length,
      };
      return {
        order: [...unread, ...reading, ...read],
        write: (batches) => markdownChunks(batches, counts),
      };
    }
    case 'csv':
      return { order: ids, write: (await import('../export/writeCsv.js')).csvChunks };
    case 'csl-json':
      return { order: ids, write: (await import('../export/writeCslJson.js')).cslJsonChunks };
    case 'ris':
      return { order: ids, write: (await import('../export/writeRis.js')).risChunks };
    case 'json': {
      const { jsonChunks } = await import('../export/writeJson.js');
      const used = new Set(tagNamesByIds(db, [...planned.tagIds]).map((name) => name.toLowerCase()));
      return { order: ids, write: (batches) => jsonChunks(batches, listTags(db), used, now) };
    }
  }
}

/**
 * An export as a stream: the selection is resolved to ids, what the writer must know first
 * (queue counts, crossref parents, tags used) is gathered a slice at a time, and the papers are
 * then read a small batch at a time and written. Main works on it for at most about a step
 * (STEP_MS, and never more than MAX_BATCH papers) before the event loop gets a turn, so timers,
 * other requests and the window are never held long. The text is byte for byte what
 * renderExport makes of the same papers.
 */
export async function exportStream(
  db: LibraryDb,
  format: ExportFormat,
  selection: ExportSelection,
  search: SearchIds,
  options: ExportStreamOptions = {},
): Promise<ExportStream> {
  const now = options.now ?? new Date();
  const { signal, onProgress } = options;
  const batchSize = options.batchSize ?? EXPORT_BATCH;
  const steps = stepper(options.stepMs ?? STEP_MS, options.clock ?? (() => performance.now()));
  const ids = await selectionIds(db, selection, search, steps);
  const planned = await plan(db, ids, steps, signal);
  const { order, write } = await writer(db, format, planned, now);
  const total = order.length;
  async function* chunks(): AsyncGenerator<string, void, undefined> {
    let written = 0;
    let inStep = 0;
    const counted = function* () {
      for (const batch of paperBatches(db, order, batchSize)) {
        written += batch.length;
        inStep += batch.length;
        yield batch;
      }
    };
    let text = '';
    const generated = write(counted());
    for (;;) {
      const next = generated.next();
      if (!next.done) text += next.value;
      // A step ends on the clock, or once it holds MAX_BATCH papers (or the next batch would pass it).
      if (!next.done && !steps.due() && inStep + batchSize <= MAX_BATCH) continue;
      if (signal?.aborted) throw new ExportCancelledError();
      if (text !== '') yield text;
      text = '';
      inStep = 0;
      onProgress?.(written, total);
      if (next.done) return;
      await steps.turn();
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
