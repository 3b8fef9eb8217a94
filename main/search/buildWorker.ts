import { parentPort, workerData } from 'node:worker_threads';
import { openAcceptedLibrary } from '../db/openAcceptedLibrary';
import { buildRange } from './parallelBuild';
import type { IdRange } from './searchDocuments';

/** Builds one part of the index (parallelBuild.ts) on its own connection and sends its state back. */
const { path, ids, nativeBinding } = workerData as { path: string; ids: IdRange; nativeBinding?: string };
const db = openAcceptedLibrary(path, nativeBinding);
try {
  const state = buildRange(db, ids);
  const { offsets, postings, docs } = state;
  const transfer = [offsets, postings, docs.ids, docs.statuses, docs.years, docs.tagStarts, docs.tagRefs];
  transfer.push(docs.titles.starts, docs.authors.starts, docs.venues.starts);
  parentPort?.postMessage(
    state,
    transfer.map((array) => array.buffer as ArrayBuffer),
  );
} finally {
  db.close();
}
