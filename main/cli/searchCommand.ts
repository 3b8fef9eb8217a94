import { UsageError, parseIntegerOption } from '../cliArgs';
import { getPaper } from '../db/paperQueries';
import { SearchService, snapshotPathFor } from '../search/SearchService';
import type { Command } from './command';
import { formatPaperTable } from './formatPapers';

/** The window's engine and ranking, in this process: best match first. */
export const searchCommand: Command = {
  usage: 'search QUERY [--limit N] [--json]   e.g. search "world models" tag:rl -survey',
  options: ['limit', 'json'],
  prepare(args, values, io) {
    const query = args.join(' ');
    if (query.trim() === '') throw new UsageError('search needs a query.');
    const limit = parseIntegerOption(values.limit, '--limit', [1, 5000], 20);
    return (db) => {
      // The window's saved index, caught up in memory. One this run had to build is saved by the
      // background indexer (`index`), so the answer never waits for a 49 MB write.
      const service = new SearchService(db, { snapshotPath: snapshotPathFor(db.name) });
      const result = service.search({ query, limit });
      if (service.origin === 'built') io.startIndexer?.(db.name);
      for (const problem of result.problems) io.stderr(`note: ${problem}`);
      const papers = result.hits.flatMap((hit) => {
        const paper = getPaper(db, hit.id);
        return paper ? [paper] : [];
      });
      io.stdout(values.json ? JSON.stringify(papers, null, 2) : formatPaperTable(papers));
    };
  },
};
