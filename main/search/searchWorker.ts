import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/openLibrary';
import { buildOffThread } from './parallelBuild';
import { answer, type SearchMessage } from './searchProtocol';
import { SearchService, snapshotPathFor } from './SearchService';
import { WorkerSearch } from './workerSearch';

/** Runs in a worker thread with its own read-only connection, so building the index never blocks main. */
const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string };
const db = openLibrary(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
const snapshotPath = snapshotPathFor(path);
const service = new SearchService(db, { snapshotPath });
const search = new WorkerSearch(service, db, {
  snapshotPath,
  build: () => buildOffThread(db, nativeBinding ? { nativeBinding } : {}),
});

/** The index is saved once searching pauses, so a save never delays a query being typed. */
const SAVE_AFTER_IDLE_MS = 2000;
let saveTimer: NodeJS.Timeout | null = null;

function saveWhenIdle(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  if (service.unsavedChanges === 0 && service.origin !== 'built') return;
  saveTimer = setTimeout(() => {
    saveTimer = null;
    // A save catches up with the library first, which reads it; a failure must not end the
    // thread: the index stays in memory, and the next idle pause saves it again.
    try {
      service.save();
    } catch (error) {
      console.error(`The search index could not be saved: ${String(error)}`);
    }
  }, SAVE_AFTER_IDLE_MS);
  saveTimer.unref();
}

parentPort?.on('message', (message: SearchMessage) => {
  // An index that comes ready later (built off this thread) is saved once searching pauses too.
  if (!service.ready) void search.prepare().then(saveWhenIdle, () => undefined);
  void answer(search, message).then((reply) => {
    parentPort?.postMessage(reply);
    if (message.method !== 'save') saveWhenIdle();
  });
});
