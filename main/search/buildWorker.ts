import { parentPort, workerData } from 'node:worker_threads';
import { openAcceptedLibrary } from '../db/openAcceptedLibrary';
import { buildInBackground, buildInParallel, buildRange, stateBuffers } from './parallelBuild';
import type { IdRange } from './searchDocuments';

/**
 * Builds one part of the index (parallelBuild.ts) on its own connection and sends its state
 * back; without a part, the whole index, on both cores (buildOffThread).
 */
const { path, ids, nativeBinding } = workerData as { path: string; ids?: IdRange; nativeBinding?: string };
const db = openAcceptedLibrary(path, nativeBinding);
async function build() {
  // The search worker's own build: its answers meanwhile come first.
  if (!ids) buildInBackground();
  return ids
    ? buildRange(db, ids)
    : (await buildInParallel(db, nativeBinding ? { nativeBinding } : {})).state;
}
// A failed build throws in this thread: the one waiting for it hears of it as the worker's error.
void build()
  .then((state) => parentPort?.postMessage(state, stateBuffers(state)))
  .finally(() => db.close());
