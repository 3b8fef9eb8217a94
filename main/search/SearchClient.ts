import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { PaperHighlights, SearchResult } from './SearchIndex';
import type { SearchMessage, SearchReply } from './searchProtocol';
import type { RankedIds, SearchRequest } from './SearchService';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
type Question =
  | Omit<Extract<SearchMessage, { method: 'search' }>, 'id'>
  | Omit<Extract<SearchMessage, { method: 'highlight' }>, 'id'>
  | Omit<Extract<SearchMessage, { method: 'save' }>, 'id'>
  // Export: ids only
  | Omit<Extract<SearchMessage, { method: 'searchIds' }>, 'id'>
  // List window: ranked ids
  | Omit<Extract<SearchMessage, { method: 'rank' }>, 'id'>;

/** How long closing waits for the worker to save its index before stopping it anyway. */
const SAVE_ON_CLOSE_MS = 3000;

/** Main's side of the search worker: sends questions, matches answers, restarts a worker that died. */
export class SearchClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly libraryPath: string,
    private readonly nativeBinding?: string,
    private readonly script = join(__dirname, 'searchWorker.js'),
  ) {}

  private start(): Worker {
    const worker = new Worker(this.script, {
      workerData: { path: this.libraryPath, nativeBinding: this.nativeBinding },
    });
    worker.on('message', (reply: SearchReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.value as never);
      else waiting.reject(new Error(reply.error));
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The search worker stopped (exit ${code}).`)));
    // A waiting search must not keep the process alive on its own.
    worker.unref();
    return worker;
  }

  private ask<T>(question: Question): Promise<T> {
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker?.postMessage({ ...question, id });
    });
  }

  search(request: SearchRequest): Promise<SearchResult> {
    return this.ask({ method: 'search', request });
  }

  // Export: ids only
  /** Every paper a query matches, best first, as ids: one typed array crosses to main, not a hit per paper. */
  searchIds(request: SearchRequest): Promise<Float64Array> {
    return this.ask({ method: 'searchIds', request });
  }

  // List window: ranked ids
  rank(request: SearchRequest): Promise<RankedIds> {
    return this.ask({ method: 'rank', request });
  }

  highlight(paperId: number, query: string): Promise<PaperHighlights> {
    return this.ask({ method: 'highlight', paperId, query });
  }

  /** Starts building the index now, so the first search does not wait for it. */
  warmUp(): void {
    void this.search({ query: '', limit: 0 }).catch(() => undefined);
  }

  /** Saves the index (so the next start loads it instead of rebuilding), then stops the worker. */
  async close(): Promise<void> {
    if (this.worker) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, SAVE_ON_CLOSE_MS);
      });
      await Promise.race([this.ask({ method: 'save' }).catch(() => undefined), late]);
      clearTimeout(timer);
    }
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
