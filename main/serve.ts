import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { ExportJobs } from './api/exportJobs';
import { UsageError, parseCommandLine, parseIntegerOption } from './cliArgs';
import { LibraryOpenError } from './db/openLibrary';
import { openLibraryForUse } from './db/openLibraryForUse';
import { listBackups, requestFullCheck } from './db/backups';
import { refuseAfterDamage } from './api/refuseAfterDamage';
import { failureMessage } from './db/sqliteErrors';
import { createBridgeServer } from './http/createBridgeServer';
import { libraryLocation } from './paths';
import { SearchClient } from './search/SearchClient';

const HOST = '127.0.0.1';
const USAGE = `Usage: npm run serve -- [--db PATH] [--port N] [--create]

--create makes a new library at --db or $SHELFMARK_DB when there is none there.
Serves the Shelfmark window to a browser on ${HOST} and prints its address, which carries
a secret token. Stop it with Ctrl+C.`;

class NotBuiltError extends Error {}

export const RENDERER_DIR = join(__dirname, '..', 'renderer');

export async function serve(argv: string[]): Promise<void> {
  const { values } = parseCommandLine(argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    create: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = parseIntegerOption(values.port, '--port', [0, 65535], 0);
  const { path: dbPath, isDefault } = libraryLocation(values.db);
  const db = await openOrExplain(dbPath, isDefault || values.create === true);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    db.close();
    throw new NotBuiltError(
      `The window is not built (${RENDERER_DIR} has no index.html). Run \`npm run build\`.`,
    );
  }
  const search = new SearchClient(dbPath);
  search.warmUp();
  const token = randomBytes(24).toString('base64url');
  let allowedHost = '';
  const exportJobs = new ExportJobs(db, (request) => search.search(request));
  const server = createBridgeServer({
    dispatch: refuseAfterDamage(createDispatch(createHandlers(db, search, null, exportJobs)), () =>
      requestFullCheck(dbPath),
    ),
    exports: exportJobs,
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
  console.log(`Shelfmark library: ${dbPath}`);
  console.log(`Open http://${allowedHost}/#token=${token}`);

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void search.close();
    db.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function openOrExplain(path: string, create: boolean) {
  try {
    return (await openLibraryForUse(path, { create })).db;
  } catch (error) {
    if (error instanceof LibraryOpenError && (error.refusal === 'missing' || error.refusal === 'empty')) {
      throw new LibraryOpenError(
        `${error.message} Add --create to make a new library there.`,
        path,
        error.refusal,
      );
    }
    if (error instanceof LibraryOpenError && error.refusal === 'damaged') {
      const [newest] = listBackups(path);
      const hint = newest
        ? ` Put back its newest backup (${newest.takenAt.toISOString()}) with \`npx shelfmark --db ${path} restore\`; the damaged file is kept beside it.`
        : ' There is no backup of it yet; keep the file.';
      throw new LibraryOpenError(`${error.message}${hint}`, path, 'damaged');
    }
    throw error;
  }
}

if (require.main === module) {
  serve(process.argv.slice(2)).catch((error: unknown) => {
    const ours =
      error instanceof LibraryOpenError || error instanceof UsageError || error instanceof NotBuiltError;
    console.error(`shelfmark serve: ${ours ? error.message : failureMessage(error)}`);
    if (!ours && process.env.SHELFMARK_DEBUG) console.error(error);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
