import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Dispatch } from './api/dispatch';
import type { ExportJobs } from './api/exportJobs';
import type * as ServeApi from './api/serveDispatch';
import { UsageError, parseCommandLine, parseIntegerOption } from './cliArgs';
import { LibraryOpenError, type LibraryDb } from './db/openLibrary';
import { openLibraryForUse } from './db/openLibraryForUse';
import { listBackups } from './db/backups';
import { failureMessage } from './db/sqliteErrors';
import { createBridgeServer, type BridgeOptions } from './http/createBridgeServer';
import { installLagProbe } from './http/lagProbe';
import { startTrace } from './http/startTrace';
import { libraryLocation } from './paths';
import { SearchClient } from './search/SearchClient';

const HOST = '127.0.0.1';
const USAGE = `Usage: npm run serve -- [--db PATH] [--port N] [--create]

--create makes a new library at --db or $SHELFMARK_DB when there is none there.
Serves the Shelfmark window to a browser on ${HOST} and prints its address, which carries
a secret token. Stop it with Ctrl+C.`;

class NotBuiltError extends Error {}

export const RENDERER_DIR = join(__dirname, '..', 'renderer');

export interface Served {
  /** The address to open, with its token. */
  url: string;
  stop(): Promise<void>;
}

export async function serve(argv: string[]): Promise<Served | null> {
  const { values } = parseCommandLine(argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    create: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  const port = parseIntegerOption(values.port, '--port', [0, 65535], 0);
  const trace = startTrace(process.env);
  trace?.('modules loaded');
  // For `npm run bench:app` only: off unless SHELFMARK_LAG_PROBE=1.
  const lagProbe = installLagProbe(process.env);
  const { path: dbPath, isDefault } = libraryLocation(values.db);
  let library: { db: LibraryDb; search: SearchClient } | null = null;
  let exportJobs: ExportJobs | null = null;
  const connect = (db: LibraryDb) => {
    const search = new SearchClient(dbPath);
    search.warmUp();
    library = { db, search };
    return library;
  };
  const opened = await openOrExplain(dbPath, isDefault || values.create === true);
  trace?.('library opened');
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    if ('db' in opened) opened.db.close();
    throw new NotBuiltError(
      `The window is not built (${RENDERER_DIR} has no index.html). Run \`npm run build\`.`,
    );
  }
  // The search worker starts loading its index now; the API is loaded once the server listens.
  if ('db' in opened) connect(opened.db);
  const loadDispatch = async (): Promise<Dispatch> => {
    const api = await loadApiInSteps();
    trace?.('api loaded');
    const over = (db: LibraryDb): Dispatch => {
      const { search } = library?.db === db ? library : connect(db);
      const made = api.libraryApi(db, dbPath, search);
      exportJobs = made.exportJobs;
      return made.dispatch;
    };
    // A damaged library is not a dead end: the page shows why and offers its backups.
    return 'db' in opened
      ? over(opened.db)
      : api.damagedLibraryDispatch({
          path: dbPath,
          message: opened.damaged.message,
          open: async () => over((await openLibraryForUse(dbPath, { create: false })).db),
        });
  };
  let dispatchReady: Promise<Dispatch> | null = null;
  const dispatch: Dispatch = async (method, args) => {
    const answer = await (await (dispatchReady ??= loadDispatch()))(method, args);
    trace?.(`answered ${method}`);
    return answer;
  };
  const token = randomBytes(24).toString('base64url');
  let allowedHost = '';
  // Downloads exist once a library is open (a damaged one is restored first).
  const downloads: NonNullable<BridgeOptions['exports']> = {
    take: (ticket) => exportJobs?.take(ticket) ?? null,
    pipe: (job, write) => {
      if (!exportJobs) throw new Error('No library is open.');
      return exportJobs.pipe(job, write);
    },
  };
  const server = createBridgeServer({
    dispatch,
    exports: downloads,
    token,
    staticDir: RENDERER_DIR,
    allowedHost: () => allowedHost,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  allowedHost = `${HOST}:${bound}`;
  const url = `http://${allowedHost}/#token=${token}`;
  console.log(`Shelfmark library: ${dbPath}`);
  if (!('db' in opened)) console.log(damagedNotice(dbPath, opened.damaged));
  console.log(`Open ${url}`);
  trace?.('listening');
  // The API loads now, while the browser opens the address, in steps with a turn of the event loop
  // between them: the page and its files, asked for meanwhile, are sent between two steps, and the
  // page's first calls, sent as its script starts, find it loaded rather than wait for it.
  dispatchReady ??= loadDispatch();
  dispatchReady.catch((error: unknown) => console.error(error));
  if (trace)
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const path = request.url?.replace(/[?#].*/, '') ?? '';
      trace(`asked ${path}`);
      response.once('finish', () => trace(`sent ${path}`));
    });

  const onSignal = () => void stop();
  const stop = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    lagProbe?.stop();
    await library?.search.close();
    library?.db.close();
    await closed;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { url, stop };
}

async function openOrExplain(
  path: string,
  create: boolean,
): Promise<{ db: LibraryDb } | { damaged: LibraryOpenError }> {
  try {
    return { db: (await openLibraryForUse(path, { create })).db };
  } catch (error) {
    if (error instanceof LibraryOpenError && (error.refusal === 'missing' || error.refusal === 'empty')) {
      throw new LibraryOpenError(
        `${error.message} Add --create to make a new library there.`,
        path,
        error.refusal,
      );
    }
    if (error instanceof LibraryOpenError && error.refusal === 'damaged') return { damaged: error };
    throw error;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The argument schemas (zod) and the handlers behind them are most of what `serve` loads. They
 * load in steps of a few tens of milliseconds with the event loop free between them, so the page's
 * own files are served in the meantime rather than after. zod comes first, in a step of its own:
 * in the bundle its import() runs zod's one file with its V8 code cache (scripts/bundle-main.mjs).
 */
async function loadApiInSteps(): Promise<typeof ServeApi> {
  await nextTurn();
  await import('./vendor/zod.js');
  await nextTurn();
  await import('./api/schemas.js');
  await nextTurn();
  await import('./api/lookupHandlers.js');
  await nextTurn();
  return import('./api/serveDispatch.js');
}

function damagedNotice(path: string, error: LibraryOpenError): string {
  const [newest] = listBackups(path);
  const offer = newest
    ? `The page offers to put back a backup (the newest is from ${newest.takenAt.toISOString()}); the damaged file is kept beside it.`
    : 'There is no backup of it yet; keep the file.';
  return `${error.message}\n${offer}`;
}

/** `node out/main/serve.js ...`: serves until stopped; a failure is explained and sets the exit code. */
export function runServeCommand(argv: string[]): void {
  serve(argv).catch((error: unknown) => {
    const ours =
      error instanceof LibraryOpenError || error instanceof UsageError || error instanceof NotBuiltError;
    console.error(`shelfmark serve: ${ours ? error.message : failureMessage(error)}`);
    if (!ours && process.env.SHELFMARK_DEBUG) console.error(error);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}

// Built, out/main/serve.js runs this bundle through loadBundle.js and calls runServeCommand itself.
if (require.main === module) runServeCommand(process.argv.slice(2));
