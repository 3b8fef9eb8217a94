import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportResult } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type {
  ImportJob,
  ImportJobOptions,
  ImportReply,
  ImportRequest,
  ImportWorkerData,
} from './importProtocol';
import { commitImport } from './importText';
import { ShelfmarkError } from './ShelfmarkError';

export interface ImportProgress {
  running: boolean;
  done: number;
  total: number;
}

/** How long the worker stays warm after its last import (or the preview that started it). */
const IDLE_MS = 15_000;

interface WarmWorker {
  worker: Worker;
  /** The running job's reply handler; null while idle. */
  onReply: ((reply: ImportReply) => void) | null;
  /** Called when the worker dies while a job runs. */
  onDeath: ((error: Error) => void) | null;
  idleTimer: NodeJS.Timeout | null;
}

interface Running {
  progress: ImportProgress;
  stop: Int32Array;
  finished: Promise<unknown>;
}

/**
 * Main's side of imports for the window and the bridge: one at a time, in a worker thread with
 * its own connection (importWorker.js, built next to this file), with progress and cancel.
 * The worker is started by warm() (when a preview is asked for) or the first import, and
 * stays until it has been idle for 15 s, so a paste does not wait for a thread to start.
 * Run from the TypeScript sources (unit tests) there is no built worker, and the import runs
 * here, on main's connection, with the same progress and cancel check-ins.
 */
export class ImportRunner {
  private running: Running | null = null;
  private warmWorker: WarmWorker | null = null;
  /** How many worker threads this runner has started (one per warm period). */
  startedWorkers = 0;

  constructor(
    private readonly db: LibraryDb,
    private readonly nativeBinding?: string,
    private readonly script = join(__dirname, 'importWorker.js'),
  ) {}

  run(text: string, options: ImportJobOptions): Promise<ImportResult> {
    if (this.running) {
      throw new ShelfmarkError(
        'busy',
        'Another import is running. Wait for it to finish, or cancel it, then try again.',
      );
    }
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const progress: ImportProgress = { running: true, done: 0, total: 0 };
    const finished = this.usesWorker
      ? this.inWorker(text, options, stop, progress)
      : commitImport(this.db, text, {
          ...options,
          control: {
            cancelled: () => Atomics.load(stop, 0) === 1,
            onProgress: (done, total) => Object.assign(progress, { done, total }),
          },
        });
    const running: Running = { progress, stop, finished };
    this.running = running;
    const clear = () => {
      if (this.running === running) this.running = null;
    };
    return finished.finally(clear);
  }

  private get usesWorker(): boolean {
    return this.db.name !== ':memory:' && existsSync(this.script);
  }

  /** Starts the worker (loading its code, opening its connection) before an import is asked for. */
  warm(): void {
    if (this.usesWorker) this.idleFrom(this.worker());
  }

  private worker(): WarmWorker {
    if (this.warmWorker) return this.warmWorker;
    const data: ImportWorkerData = { path: this.db.name, nativeBinding: this.nativeBinding };
    const warm: WarmWorker = {
      worker: new Worker(this.script, { workerData: data }),
      onReply: null,
      onDeath: null,
      idleTimer: null,
    };
    this.startedWorkers += 1;
    warm.worker.unref();
    warm.worker.on('message', (reply: ImportReply) => warm.onReply?.(reply));
    const died = (error: Error) => {
      if (this.warmWorker === warm) this.warmWorker = null;
      if (warm.idleTimer) clearTimeout(warm.idleTimer);
      warm.onDeath?.(error);
    };
    warm.worker.on('error', died);
    warm.worker.on('exit', (code) => died(new Error(`The import worker stopped (exit ${code}).`)));
    this.warmWorker = warm;
    return warm;
  }

  /** Closes the worker once it has been idle for IDLE_MS. */
  private idleFrom(warm: WarmWorker): void {
    if (warm.idleTimer) clearTimeout(warm.idleTimer);
    warm.idleTimer = setTimeout(() => void this.close(), IDLE_MS);
    warm.idleTimer.unref();
  }

  /** Ends the idle worker, its connection closed; a running import is left to finish first. */
  async close(): Promise<void> {
    await this.idle();
    const warm = this.warmWorker;
    if (!warm) return;
    this.warmWorker = null;
    if (warm.idleTimer) clearTimeout(warm.idleTimer);
    const exited = new Promise((done) => warm.worker.once('exit', done));
    warm.worker.postMessage({ type: 'close' } satisfies ImportRequest);
    await exited;
  }

  private inWorker(
    text: string,
    options: ImportJobOptions,
    stop: Int32Array,
    progress: ImportProgress,
  ): Promise<ImportResult> {
    const warm = this.worker();
    if (warm.idleTimer) clearTimeout(warm.idleTimer);
    // Idle, the worker never keeps the process alive; running, it does, until it replies.
    warm.worker.ref();
    const job: ImportJob = { type: 'job', text, options, stop: stop.buffer as SharedArrayBuffer };
    return new Promise<ImportResult>((resolve, reject) => {
      warm.onReply = (reply) => {
        if (reply.type === 'progress') Object.assign(progress, { done: reply.done, total: reply.total });
        else if (reply.type === 'done') resolve(reply.result);
        else reject(new ShelfmarkError(reply.error.code, reply.error.message, null));
      };
      warm.onDeath = reject;
      warm.worker.postMessage(job);
    }).finally(() => {
      warm.onReply = null;
      warm.onDeath = null;
      warm.worker.unref();
      if (this.warmWorker === warm) this.idleFrom(warm);
    });
  }

  progress(): ImportProgress {
    return this.running ? { ...this.running.progress } : { running: false, done: 0, total: 0 };
  }

  /** Asks the running import to stop; it rolls back. False when none was running. */
  cancel(): boolean {
    if (!this.running) return false;
    Atomics.store(this.running.stop, 0, 1);
    Atomics.notify(this.running.stop, 0);
    return true;
  }

  /** Resolves once no import is running (whatever its outcome): writers on main's connection wait here. */
  async idle(): Promise<void> {
    while (this.running) await this.running.finished.catch(() => undefined);
  }
}
