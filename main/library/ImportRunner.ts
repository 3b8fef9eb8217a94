import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportResult } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type { ImportJob, ImportJobOptions, ImportReply } from './importProtocol';
import { ShelfmarkError } from './ShelfmarkError';

export interface ImportProgress {
  running: boolean;
  done: number;
  total: number;
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
 */
export class ImportRunner {
  private running: Running | null = null;

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
    const finished =
      this.db.name !== ':memory:' && existsSync(this.script)
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

  private inWorker(
    text: string,
    options: ImportJobOptions,
    stop: Int32Array,
    progress: ImportProgress,
  ): Promise<ImportResult> {
    const job: ImportJob = {
      path: this.db.name,
      nativeBinding: this.nativeBinding,
      text,
      options,
      stop: stop.buffer as SharedArrayBuffer,
    };
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.script, { workerData: job });
      let settled = false;
      worker.on('message', (reply: ImportReply) => {
        if (reply.type === 'progress') Object.assign(progress, { done: reply.done, total: reply.total });
        else {
          settled = true;
          if (reply.type === 'done') resolve(reply.result);
          else reject(new ShelfmarkError(reply.error.code, reply.error.message, null));
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
