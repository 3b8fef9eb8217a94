import { parentPort, workerData } from 'node:worker_threads';
import { LibraryOpenError } from '../db/libraryErrors';
import { openAcceptedLibrary } from '../db/openAcceptedLibrary';
import type { LibraryDb } from '../db/openLibrary';
import { failureKind, failureMessage } from '../db/sqliteErrors';
import type { ApiError } from '../../preload/api';
import type { ImportJob, ImportReply, ImportRequest, ImportWorkerData } from './importProtocol';
import { commitImport } from './importText';
import { ShelfmarkError } from './ShelfmarkError';

/**
 * Runs imports in a worker thread with its own connection, so parsing and writing a large
 * file never stalls main (the window, the bridge). The worker stays warm between imports
 * (ImportRunner closes it when idle). Main stops an import through a shared flag; its
 * transaction then rolls back and the library is as it was.
 */
const library = workerData as ImportWorkerData;
const post = (reply: ImportReply) => parentPort?.postMessage(reply);
// For the end-to-end test of Cancel only: after its first progress the import waits (up to a
// minute) for a cancel, so a fast machine cannot finish before the test presses Cancel.
const holdForCancel = process.env.SHELFMARK_TEST_HOLD_IMPORT === '1';

function asApiError(error: unknown): ApiError {
  if (error instanceof ShelfmarkError) return error.toApiError();
  if (error instanceof LibraryOpenError) return { code: 'internal', message: error.message };
  console.error(error);
  const kind = failureKind(error);
  const code =
    kind === 'busy' ? 'busy' : kind === 'full' ? 'disk_full' : kind === 'corrupt' ? 'damaged' : 'internal';
  return { code, message: failureMessage(error) };
}

let db: LibraryDb | null = null;
const connection = () => (db ??= openAcceptedLibrary(library.path, library.nativeBinding));

async function run(job: ImportJob): Promise<void> {
  const stop = new Int32Array(job.stop);
  const result = await commitImport(connection(), job.text, {
    ...job.options,
    control: {
      cancelled: () => Atomics.load(stop, 0) === 1,
      onProgress: (done, total) => {
        post({ type: 'progress', done, total });
        if (holdForCancel) Atomics.wait(stop, 0, 0, 60_000);
      },
    },
  });
  post({ type: 'done', result });
}

// Opened as soon as the worker starts (ImportRunner starts it when a preview is asked for).
try {
  connection();
} catch {
  // The first job reports why.
}

parentPort?.on('message', (request: ImportRequest) => {
  if (request.type === 'close') {
    db?.close();
    parentPort?.close();
    return;
  }
  run(request).catch((error: unknown) => post({ type: 'failed', error: asApiError(error) }));
});
