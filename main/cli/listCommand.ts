import { PAPER_STATUSES, type PaperStatus } from '../../preload/api';
import { UsageError, parseChoice } from '../cliArgs';
import { listPapers } from '../db/paperQueries';
import type { Command } from './command';
import { formatPaperTable } from './formatPapers';

export function parseStatus(raw: string | undefined, what = '--status'): PaperStatus | undefined {
  return raw === undefined ? undefined : parseChoice(raw, PAPER_STATUSES, what, 'unread');
}

export const listCommand: Command = {
  usage: 'list [--status unread|reading|read] [--tag NAME] [--json]',
  options: ['status', 'tag', 'json'],
  prepare(args, values, io) {
    if (args.length > 0) throw new UsageError(`list takes no arguments, got "${args.join(' ')}".`);
    const status = parseStatus(values.status);
    if (values.tag !== undefined && values.tag.trim() === '') throw new UsageError('--tag needs a name.');
    return (db) => {
      const papers = listPapers(db, { status, tag: values.tag });
      io.stdout(values.json ? JSON.stringify(papers, null, 2) : formatPaperTable(papers));
    };
  },
};
