import { EXPORT_FORMATS } from '../../preload/api';
import { UsageError, parseChoice } from '../cliArgs';
import { renderExport } from '../export/renderExport';
import { selectPapers } from '../library/selectPapers';
import { listTags } from '../library/tags';
import { SearchService } from '../search/SearchService';
import { writeFileSafely } from '../writeFileSafely';
import type { Command } from './command';
import { parseStatus } from './listCommand';

export const exportCommand: Command = {
  usage:
    'export [--format bibtex|biblatex|markdown|csv|json] [--query Q] [--tag T] [--status S] [--out FILE]   (stdout without --out)',
  options: ['format', 'query', 'tag', 'status', 'out'],
  prepare(args, values, io) {
    if (args.length > 0) throw new UsageError(`export takes options only, got "${args.join(' ')}".`);
    const format = parseChoice(values.format, EXPORT_FORMATS, '--format', 'bibtex');
    const status = parseStatus(values.status);
    return async (db) => {
      const service = new SearchService(db);
      const papers = await selectPapers(db, { query: values.query, tag: values.tag, status }, (request) =>
        service.search(request),
      );
      const file = renderExport(format, papers, listTags(db));
      if (values.out === undefined) {
        io.stdout(file.content.replace(/\n$/, ''));
        return;
      }
      writeFileSafely(values.out, file.content);
      io.stderr(`Exported ${file.count} ${file.count === 1 ? 'paper' : 'papers'} to ${values.out}.`);
    };
  },
};
