import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/openLibrary';
import { answer, type SearchMessage } from './searchProtocol';
import { SearchService, snapshotPathFor } from './SearchService';

/** Runs in a worker thread with its own read-only connection, so building the index never blocks main. */
const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string };
const service = new SearchService(
  openLibrary(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) }),
  { snapshotPath: snapshotPathFor(path) },
);

/** The index is saved once searching pauses, so a save never delays a query being typed. */
const SAVE_AFTER_IDLE_MS = 2000;
let saveTimer: NodeJS.Timeout | null = null;

function saveWhenIdle(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  if (service.unsavedChanges === 0 && service.origin !== 'built') return;
  saveTimer = setTimeout(() => {
    saveTimer = null;
    service.save();
  }, SAVE_AFTER_IDLE_MS);
  saveTimer.unref();
}

parentPort?.on('message', (message: SearchMessage) => {
  parentPort?.postMessage(answer(service, message));
  if (message.method !== 'save') saveWhenIdle();
});
