import { randomBytes } from 'node:crypto';
import type { ExportFormat, ExportProgress, ExportSelection } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type { ExportStream } from '../library/exportStream';
import type { SearchIds } from '../library/selectionIds';
import { ShelfmarkError } from '../library/ShelfmarkError';

/** A job not taken (downloaded or saved) by then is dropped, as is a finished one nobody asks about. */
const KEEP_MS = 60_000;
/** Exports at once: each holds only its ids and one batch, but they share main's turns. */
const MAX_JOBS = 4;

/** Loaded at the first export, not at the server's start. */
const loadExportStream = () => import('../library/exportStream.js');

export interface ExportJob {
  readonly ticket: string;
  readonly stream: ExportStream;
  progress: ExportProgress;
  readonly controller: AbortController;
  touchedAt: number;
}

/**
 * Exports started by the window, each named by an unguessable ticket: the window starts one,
 * then either main saves it (Electron) or the browser downloads it from the bridge with the
 * ticket (one use), and the window asks for its progress meanwhile or cancels it.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  constructor(
    private readonly db: LibraryDb,
    private readonly search: SearchIds,
    private readonly clock: () => number = Date.now,
  ) {}

  async start(format: ExportFormat, selection: ExportSelection): Promise<ExportJob> {
    this.sweep();
    const running = [...this.jobs.values()].filter((job) => !isFinished(job.progress)).length;
    if (running >= MAX_JOBS) {
      throw new ShelfmarkError('busy', `${MAX_JOBS} exports are under way; wait for one to finish.`, null);
    }
    const controller = new AbortController();
    const ticket = randomBytes(24).toString('base64url');
    const { exportStream } = await loadExportStream();
    const stream = await exportStream(this.db, format, selection, this.search, {
      signal: controller.signal,
      onProgress: (written) => {
        const job = this.jobs.get(ticket);
        if (job) job.progress = { ...job.progress, written };
      },
    });
    const job: ExportJob = {
      ticket,
      stream,
      controller,
      progress: { state: 'ready', written: 0, total: stream.total, error: null },
      touchedAt: this.clock(),
    };
    this.jobs.set(ticket, job);
    return job;
  }

  /** The job, once: a second download or save of the same ticket gets nothing. */
  take(ticket: string): ExportJob | null {
    this.sweep();
    const job = this.jobs.get(ticket);
    if (!job || job.progress.state !== 'ready') return null;
    job.progress = { ...job.progress, state: 'running' };
    job.touchedAt = this.clock();
    return job;
  }

  progress(ticket: string): ExportProgress {
    const job = this.jobs.get(ticket);
    if (!job)
      throw new ShelfmarkError(
        'not_found',
        'There is no such export (it may have finished a while ago).',
        null,
      );
    job.touchedAt = this.clock();
    return job.progress;
  }

  cancel(ticket: string): void {
    const job = this.jobs.get(ticket);
    if (!job || isFinished(job.progress)) return;
    const untaken = job.progress.state === 'ready';
    job.controller.abort();
    job.progress = { ...job.progress, state: 'cancelled' };
    // A taken job's reader meets the abort at its next batch and fails, so a download never looks complete.
    if (untaken) void job.stream.chunks.return(undefined);
  }

  /**
   * Runs a taken job's chunks into `write`, recording how it ended: done only when every chunk
   * was taken (a save dialog cancelled before the first one is a cancelled export).
   */
  async pipe<T>(job: ExportJob, write: (chunks: AsyncIterable<string>) => Promise<T>): Promise<T> {
    let ended = false;
    const chunks = job.stream.chunks;
    const tracked = async function* () {
      for await (const chunk of chunks) yield chunk;
      ended = true;
    };
    try {
      const result = await write(tracked());
      if (job.progress.state === 'running')
        job.progress = { ...job.progress, state: ended ? 'done' : 'cancelled' };
      return result;
    } catch (error) {
      if (job.progress.state === 'running') {
        const { ExportCancelledError } = await loadExportStream();
        job.progress = {
          ...job.progress,
          state: error instanceof ExportCancelledError ? 'cancelled' : 'failed',
          error:
            error instanceof ShelfmarkError
              ? error.message
              : 'The export stopped before the end; no file was written.',
        };
      }
      throw error;
    } finally {
      if (!ended) void chunks.return(undefined);
      job.touchedAt = this.clock();
    }
  }

  private sweep(): void {
    const now = this.clock();
    for (const [ticket, job] of this.jobs) {
      const idle = job.progress.state === 'ready' || isFinished(job.progress);
      if (idle && now - job.touchedAt > KEEP_MS) {
        if (job.progress.state === 'ready') this.cancel(ticket);
        this.jobs.delete(ticket);
      }
    }
  }
}

function isFinished(progress: ExportProgress): boolean {
  return progress.state === 'done' || progress.state === 'failed' || progress.state === 'cancelled';
}
