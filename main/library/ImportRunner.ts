import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportResult } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type {
  ImportAhead,
  ImportJob,
  ImportJobOptions,
  ImportReply,
  ImportWorkerStart,
} from './importProtocol';
import { ShelfmarkError } from './ShelfmarkError';

export interface ImportProgress {
  running: boolean;
  done: number;
  total: number;
}

/** How long a worker started ahead of an import waits for it before it ends. */
const STANDBY_MS = 120_000;
/**
 * Texts (with their HTML flavour) up to this many characters are read ahead by the prepared
 * worker (a pasted page of 250 papers is about 260,000); a whole library's file is read at the
 * import, so it is never held twice.
 */
const READ_AHEAD_MAX_CHARS = 2_000_000;

interface Standby {
  worker: Worker;
  timer: NodeJS.Timeout;
}

interface Running {
  progress: ImportProgress;
  stop: Int32Array;
  finished: Promise<unknown>;
}

/**
 * Main's side of imports for the window and the bridge: one at a time, in a worker thread with
 * its own connection (importWorker.js, built next to this file), with progress and cancel.
 * Run from the TypeScript sources (unit tests) there is no built worker, and the import runs
 * here, on main's connection, with the same progress and cancel check-ins.
 *
 * Starting a worker (its modules, its connection) takes longer than writing a pasted page, so
 * `prepare` starts one while the person looks at the preview, and the import then uses it.
 */
export class ImportRunner {
  private running: Running | null = null;
  private standby: Standby | null = null;
  /** How many workers were started: counted, so a test can see an import use the prepared one. */
  workersStarted = 0;
  /** Imports that used the papers their worker read during the preview. */
  readsAheadUsed = 0;

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
    const finished = this.hasWorker()
      ? this.inWorker(text, options, stop, progress)
      : import('./importText.js').then(({ commitImport }) =>
          commitImport(this.db, text, {
            ...options,
            control: {
              cancelled: () => Atomics.load(stop, 0) === 1,
              onProgress: (done, total) => Object.assign(progress, { done, total }),
            },
          }),
        );
    const running: Running = { progress, stop, finished };
    this.running = running;
    const clear = () => {
      if (this.running === running) this.running = null;
    };
    return finished.finally(clear);
  }

  /**
   * An import is likely soon (a preview): start its worker now, unless one is waiting already,
   * and have it read the previewed text meanwhile.
   */
  prepare(previewed?: Omit<ImportAhead, 'type'>): void {
    if (!this.hasWorker()) return;
    if (this.standby) {
      this.standby.timer.refresh();
      this.readAhead(this.standby.worker, previewed);
      return;
    }
    const worker = this.startWorker();
    // Waiting, it keeps neither the process alive nor a failure for later: a failed start is
    // dropped, and the import starts a worker of its own.
    worker.unref();
    const standby: Standby = {
      worker,
      timer: setTimeout(() => {
        if (this.standby === standby) this.standby = null;
        void worker.terminate();
      }, STANDBY_MS).unref(),
    };
    const drop = () => {
      clearTimeout(standby.timer);
      if (this.standby === standby) this.standby = null;
    };
    worker.once('error', drop).once('exit', drop);
    this.standby = standby;
    this.readAhead(worker, previewed);
  }

  private readAhead(worker: Worker, previewed: Omit<ImportAhead, 'type'> | undefined): void {
    if (!previewed || previewed.text.length + (previewed.html?.length ?? 0) > READ_AHEAD_MAX_CHARS) return;
    const request: ImportAhead = { type: 'readAhead', ...previewed };
    worker.postMessage(request);
  }

  private hasWorker(): boolean {
    return this.db.name !== ':memory:' && existsSync(this.script);
  }

  private startWorker(): Worker {
    const start: ImportWorkerStart = { path: this.db.name, nativeBinding: this.nativeBinding };
    this.workersStarted += 1;
    return new Worker(this.script, { workerData: start });
  }

  /** The prepared worker, else a new one. */
  private takeWorker(): Worker {
    const standby = this.standby;
    if (!standby) return this.startWorker();
    this.standby = null;
    clearTimeout(standby.timer);
    standby.worker.removeAllListeners();
    standby.worker.ref();
    return standby.worker;
  }

  private inWorker(
    text: string,
    options: ImportJobOptions,
    stop: Int32Array,
    progress: ImportProgress,
  ): Promise<ImportResult> {
    const job: ImportJob = { type: 'import', text, options, stop: stop.buffer as SharedArrayBuffer };
    return new Promise((resolve, reject) => {
      const worker = this.takeWorker();
      worker.postMessage(job);
      let settled = false;
      worker.on('message', (reply: ImportReply) => {
        if (reply.type === 'progress') Object.assign(progress, { done: reply.done, total: reply.total });
        else {
          settled = true;
          if (reply.type === 'done') {
            if (reply.readAhead) this.readsAheadUsed += 1;
            resolve(reply.result);
          } else reject(new ShelfmarkError(reply.error.code, reply.error.message, null));
        }
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`The import worker stopped (exit ${code}).`));
      });
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
