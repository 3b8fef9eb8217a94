import { UsageError } from '../cliArgs';
import { claimIndexing } from '../search/indexerLock';
import { SearchService, snapshotPathFor } from '../search/SearchService';
import type { Command } from './command';

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
    return (db) => {
      const snapshotPath = snapshotPathFor(db.name);
      if (!snapshotPath) return;
      const release = claimIndexing(snapshotPath);
      // Another indexer is at it already: it will save what this one would.
      if (!release) return;
      try {
        const service = new SearchService(db, { snapshotPath });
        service.sync();
        service.save();
      } finally {
        release();
      }
    };
  },
};
