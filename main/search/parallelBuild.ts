import { existsSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { join } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import type { LibraryDb } from '../db/openLibrary';
import type { IndexState } from './indexSnapshot';
import { mergeStates } from './mergeStates';
import { eachDocument, type IdRange } from './searchDocuments';
import { SearchIndex } from './SearchIndex';

/** The index of the papers with ids in the range, as a snapshot saves it. */
export function buildRange(db: LibraryDb, ids?: IdRange): IndexState {
  // Abstracts and notes are indexed, not kept: what is exported never holds them.
  const index = new SearchIndex({ textOf: () => ({ abstract: '', notes: '' }) });
  db.transaction(() => {
    for (const doc of eachDocument(db, ids)) index.add(doc);
  }).deferred();
  return index.exportState();
}

/**
 * Whether lowering a worker thread's priority lowers that thread alone. On Linux a thread's
 * niceness is its own, and a new thread takes its creator's; on macOS it would lower the whole
 * process, and on Windows set the process's class to idle: the window and its search with it.
 */
export function threadPriorityIsOwn(platform: NodeJS.Platform): boolean {
  return platform === 'linux';
}

/**
 * Makes this thread (and the threads it starts after) yield the cores to the window and its
 * search: a build in the background must not slow the answers given meanwhile. In a worker
 * thread only where that lowers the thread alone (threadPriorityIsOwn); a process of its own
 * (the background indexer) always.
 */
export function buildInBackground(platform: NodeJS.Platform = process.platform): void {
  if (!isMainThread && !threadPriorityIsOwn(platform)) return;
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: the build runs at the usual priority.
  }
}

/** What a state's typed arrays own: moved to the receiving thread, not copied. */
export function stateBuffers(state: IndexState): ArrayBuffer[] {
  const { offsets, postings, docs } = state;
  const arrays = [offsets, postings, docs.ids, docs.statuses, docs.years, docs.tagStarts, docs.tagRefs];
  arrays.push(docs.titles.starts, docs.authors.starts, docs.venues.starts);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** Where the built worker is (this file is out/main/search/parallelBuild.js); absent when run from sources. */
const WORKER = join(__dirname, 'buildWorker.js');

export interface ParallelBuild {
  state: IndexState;
  /** How many parts were built on a thread of their own. */
  threads: number;
}

/** The id that splits the library's papers in two halves, and the largest id. */
function splitPoint(db: LibraryDb): { middle: number; top: number } | null {
  const { count, top } = db
    .prepare('SELECT count(*) AS count, coalesce(max(id), 0) AS top FROM papers')
    .get() as { count: number; top: number };
  if (count < 2) return null;
  const middle = db
    .prepare('SELECT id FROM papers ORDER BY id LIMIT 1 OFFSET ?')
    .pluck()
    .get(Math.floor(count / 2) - 1) as number;
  return { middle, top };
}

/**
 * Builds the index of every paper on two cores: the later half in a worker thread on its own
 * connection, the earlier half here, merged by term (postings are by paper, in id order).
 * The caller takes the log position first: a paper changed meanwhile is read either way and
 * caught up after. Builds on this thread alone where there is no built worker (sources) or
 * too few papers.
 */
export async function buildInParallel(
  db: LibraryDb,
  options: { worker?: string; nativeBinding?: string } = {},
): Promise<ParallelBuild> {
  const script = options.worker ?? WORKER;
  const split = existsSync(script) ? splitPoint(db) : null;
  if (!split) return { state: buildRange(db), threads: 0 };
  let worker: Worker;
  try {
    worker = new Worker(script, {
      workerData: {
        path: db.name,
        ids: { after: split.middle, upTo: split.top },
        nativeBinding: options.nativeBinding,
      },
    });
  } catch {
    // No thread could be started: one thread builds it all.
    return { state: buildRange(db), threads: 0 };
  }
  const later = new Promise<IndexState>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The index builder stopped (exit ${code}).`)));
  });
  // Settled even when the earlier half throws, so no rejection is left unhandled.
  later.catch(() => undefined);
  try {
    const earlier = buildRange(db, { after: Number.MIN_SAFE_INTEGER, upTo: split.middle });
    const laterHalf = { after: split.middle, upTo: split.top };
    try {
      return { state: mergeStates(earlier, await later), threads: 1 };
    } catch {
      // The worker could not build its half (it could not start, or open the file): built here.
      return { state: mergeStates(earlier, buildRange(db, laterHalf)), threads: 0 };
    }
  } finally {
    // Whatever failed here, the worker does not build on alone (and keep the process alive).
    void worker.terminate();
  }
}

/**
 * Builds the whole index in a worker thread (which builds on both cores as above), so the
 * calling thread stays free to answer: the search worker answers from SQLite meanwhile. Where
 * there is no built worker (sources), builds on this thread after all.
 */
export function buildOffThread(
  db: LibraryDb,
  options: { worker?: string; nativeBinding?: string } = {},
): Promise<IndexState> {
  const script = options.worker ?? WORKER;
  if (!existsSync(script)) return Promise.resolve(buildRange(db));
  return new Promise<IndexState>((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: { path: db.name, nativeBinding: options.nativeBinding },
    });
    worker.once('message', (state: IndexState) => {
      resolve(state);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The index builder stopped (exit ${code}).`)));
  });
}
