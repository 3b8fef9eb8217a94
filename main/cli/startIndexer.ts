import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Where indexInBackground is built (this file is out/main/cli/startIndexer.js). */
const INDEXER = join(__dirname, 'indexCommand.js');

/**
 * `shelfmark index` in a process of its own, detached: it outlives this run, and nothing of it
 * (output, errors) reaches the person's terminal. SHELFMARK_NO_BACKGROUND_INDEX=1 turns it off.
 */
export function startIndexer(libraryPath: string): void {
  if (process.env.SHELFMARK_NO_BACKGROUND_INDEX) return;
  try {
    const child = spawn(
      process.execPath,
      ['-e', `require(${JSON.stringify(INDEXER)}).indexInBackground(${JSON.stringify(libraryPath)})`],
      { detached: true, stdio: 'ignore', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
    );
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Only a head start: without it the next search builds or catches up the index itself.
  }
}
