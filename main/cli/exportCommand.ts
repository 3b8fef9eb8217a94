import { EXPORT_FORMATS } from '../../preload/api';
import { UsageError, parseChoice } from '../cliArgs';
import { SearchService, snapshotPathFor } from '../search/SearchService';
import { writeChunksSafely } from '../writeFileSafely';
import type { CliIo, Command } from './command';
import { parseStatus } from './listCommand';

export const exportCommand: Command = {
  usage:
    'export [--format bibtex|biblatex|markdown|csv|json|csl-json|ris] [--query Q] [--tag T] [--status S] [--out FILE]   (stdout without --out)',
  options: ['format', 'query', 'tag', 'status', 'out'],
  prepare(args, values, io) {
    if (args.length > 0) throw new UsageError(`export takes options only, got "${args.join(' ')}".`);
    const format = parseChoice(values.format, EXPORT_FORMATS, '--format', 'bibtex');
    const status = parseStatus(values.status);
    return async (db) => {
      // The search index is built only for a query: a queue or a tag is read straight from the library.
      let service: SearchService | null = null;
      // Loaded here, not at start: with its writers it was most of every other command's start-up.
      const { exportStream } = await import('../library/exportStream.js');
      const stream = await exportStream(
        db,
        format,
        { query: values.query, tag: values.tag, status },
        (request) =>
          (service ??= new SearchService(db, { snapshotPath: snapshotPathFor(db.name) })).searchIds(request),
        // No window waits on this process: large batches, five queries per 200 papers instead of per 20.
        { batchSize: 200 },
      );
      if (values.out === undefined) {
        await writeStdout(io, stream.chunks);
        return;
      }
      await writeChunksSafely(values.out, stream.chunks);
      io.stderr(`Exported ${stream.total} ${stream.total === 1 ? 'paper' : 'papers'} to ${values.out}.`);
    };
  },
};

/** Chunks to stdout as they come, waiting while the reader is behind; held whole only where io cannot stream. */
async function writeStdout(io: CliIo, chunks: AsyncIterable<string>): Promise<void> {
  if (io.writeStdout) {
    for await (const chunk of chunks) if (!(await io.writeStdout(chunk))) return;
    return;
  }
  let content = '';
  for await (const chunk of chunks) content += chunk;
  io.stdout(content.replace(/\n$/, ''));
}
