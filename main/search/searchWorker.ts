import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/openLibrary';
import { answer, type SearchMessage } from './searchProtocol';
import { SearchService } from './SearchService';

/** Runs in a worker thread with its own read-only connection, so building the index never blocks main. */
const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string };
const service = new SearchService(
  openLibrary(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) }),
);

parentPort?.on('message', (message: SearchMessage) => {
  parentPort?.postMessage(answer(service, message));
});
