import { parentPort, workerData } from 'node:worker_threads';
import { LibraryOpenError } from '../db/libraryErrors';
import { openAcceptedLibrary } from '../db/openAcceptedLibrary';
import { failureKind, failureMessage } from '../db/sqliteErrors';
import type { ApiError } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type { ImportJob, ImportReply, ImportWorkerStart } from './importProtocol';
import { commitImport } from './importText';
import { ShelfmarkError } from './ShelfmarkError';

/**
 * Runs one import in a worker thread with its own connection, so parsing and writing a large
 * file never stalls main (the window, the bridge). It starts before its job arrives (while the
 * person looks at the preview): its modules load and its connection opens meanwhile, then it
 * waits for one job and ends. Main stops it through a shared flag; the import's transaction
 * then rolls back and the library is as it was.
 */
const start = workerData as ImportWorkerStart;
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

function open(): { db: LibraryDb } | { error: unknown } {
  try {
    return { db: openAcceptedLibrary(start.path, start.nativeBinding) };
  } catch (error) {
    return { error };
  }
}

const opened = open();

async function run(job: ImportJob): Promise<void> {
  if ('error' in opened) throw opened.error;
  const { db } = opened;
  const stop = new Int32Array(job.stop);
  try {
    const result = await commitImport(db, job.text, {
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
  } finally {
    db.close();
  }
}

parentPort?.once('message', (job: ImportJob) => {
  run(job).catch((error: unknown) => post({ type: 'failed', error: asApiError(error) }));
});
