import { UsageError } from '../cliArgs';
import { openAcceptedLibrary } from '../db/openAcceptedLibrary';
import type { LibraryDb } from '../db/openLibrary';
import { claimIndexing } from '../search/indexerLock';
import { buildInBackground, buildInParallel } from '../search/parallelBuild';
import { SearchService, snapshotPathFor } from '../search/SearchService';
import type { Command } from './command';

/** Loads the snapshot and catches it up from the log, or builds it (on both cores), and saves it. */
async function indexLibrary(db: LibraryDb): Promise<void> {
  const snapshotPath = snapshotPathFor(db.name);
  if (!snapshotPath) return;
  const release = claimIndexing(snapshotPath);
  // Another indexer is at it already: it will save what this one would.
  if (!release) return;
  try {
    const service = new SearchService(db, { snapshotPath });
    if (!service.openSaved() || !service.savedIntact()) {
      const position = service.logPosition();
      service.adopt((await buildInParallel(db)).state, position);
    }
    service.save();
  } finally {
    release();
  }
}

/**
 * Brings the search snapshot beside the library up to date: loaded and caught up from the log,
 * or built. The CLI's import starts it in the background, so the import itself never waits for
 * an index and the next start or `search` loads one. Quiet: nobody reads its output.
 */
export const indexCommand: Command = {
  usage: 'index   (brings the search index saved beside the library up to date; import starts it itself)',
  options: [],
  prepare(args) {
    if (args.length > 0) throw new UsageError('index takes no arguments.');
    return indexLibrary;
  },
};

/**
 * `index` as the CLI's import starts it (cli/startIndexer.ts). The import has just opened,
 * checked and migrated the library, so this reads it without doing so again: as a command it
 * would take the day's integrity check and backup first when none was taken yet, as after an
 * import into a new library (seconds at 100,000 papers before the build began), or quick_check
 * every page when the import has not closed its connection yet.
 */
export async function indexInBackground(libraryPath: string): Promise<void> {
  // Nobody waits for it: the window's search (answering from SQLite meanwhile) goes first.
  buildInBackground();
  const db = openAcceptedLibrary(libraryPath);
  try {
    await indexLibrary(db);
  } finally {
    db.close();
  }
}
