import { parentPort, workerData } from 'node:worker_threads';
import { LibraryOpenError } from '../db/libraryErrors';
import { openAcceptedLibrary } from '../db/openAcceptedLibrary';
import { failureKind, failureMessage } from '../db/sqliteErrors';
import type { ApiError } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import type { ParsedImport } from '../import/importedPaper';
import type { ImportAhead, ImportJob, ImportReply, ImportRequest, ImportWorkerStart } from './importProtocol';
import { commitParsed, readImportText } from './importText';
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

/** The previewed text, being read meanwhile. */
let ahead: { request: ImportAhead; read: Promise<ParsedImport> } | null = null;

function readAhead(request: ImportAhead): void {
  const previewed = ahead?.request;
  // The same preview again (another format chosen and back, say): what is being read stands.
  if (
    previewed?.text === request.text &&
    previewed.format === request.format &&
    previewed.html === request.html
  )
    return;
  const read = readImportText(request.text, request.format, request.html);
  // A text that fails to read fails again, with its message, when it is imported.
  read.catch(() => undefined);
  ahead = { request, read };
}

/** The job's papers: those read ahead when it is the previewed text, else read now. */
async function papersOf(job: ImportJob): Promise<{ parsed: ParsedImport; readAhead: boolean }> {
  const previewed = ahead?.request;
  if (
    ahead &&
    previewed?.text === job.text &&
    previewed.format === job.options.format &&
    previewed.html === job.options.html
  ) {
    const parsed = await ahead.read.catch(() => null);
    if (parsed) return { parsed, readAhead: true };
  }
  return { parsed: await readImportText(job.text, job.options.format, job.options.html), readAhead: false };
}

async function run(job: ImportJob): Promise<void> {
  if ('error' in opened) throw opened.error;
  const { db } = opened;
  const stop = new Int32Array(job.stop);
  try {
    const { parsed, readAhead } = await papersOf(job);
    ahead = null;
    const result = commitParsed(db, parsed, {
      ...job.options,
      control: {
        cancelled: () => Atomics.load(stop, 0) === 1,
        onProgress: (done, total) => {
          post({ type: 'progress', done, total });
          if (holdForCancel) Atomics.wait(stop, 0, 0, 60_000);
        },
      },
    });
    post({ type: 'done', result, readAhead });
  } finally {
    db.close();
  }
}

function onMessage(request: ImportRequest): void {
  if (request.type === 'readAhead') {
    readAhead(request);
    return;
  }
  // One import per worker: it ends after this one.
  parentPort?.off('message', onMessage);
  run(request).catch((error: unknown) => post({ type: 'failed', error: asApiError(error) }));
}

parentPort?.on('message', onMessage);
