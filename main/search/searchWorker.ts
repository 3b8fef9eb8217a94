import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/openLibrary';
import { idleSaver } from './idleSave';
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

/** Saved once searching pauses (idleSave.ts). */
const saveWhenIdle = idleSaver(service);

parentPort?.on('message', (message: SearchMessage) => {
  // An index that comes ready later (built off this thread) is saved once searching pauses too.
  if (!service.ready) void search.prepare().then(saveWhenIdle, () => undefined);
  void answer(search, message).then((reply) => {
    parentPort?.postMessage(reply);
    if (message.method !== 'save') saveWhenIdle();
  });
});
