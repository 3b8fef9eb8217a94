import { PAPER_STATUSES, SORT_KEYS, type PaperSort, type PaperStatus } from '../../preload/api';
import { UsageError, parseChoice } from '../cliArgs';
import { listPapers } from '../db/paperQueries';
import type { Command } from './command';
import { formatPaperTable } from './formatPapers';

export function parseStatus(raw: string | undefined, what = '--status'): PaperStatus | undefined {
  return raw === undefined ? undefined : parseChoice(raw, PAPER_STATUSES, what, 'unread');
}

/** `year`, `year:desc`: the window's sort names, ascending unless told otherwise. */
export function parseSort(raw: string | undefined): PaperSort | undefined {
  if (raw === undefined) return undefined;
  const [by = '', direction = 'asc', ...rest] = raw.split(':');
  if (!(SORT_KEYS as readonly string[]).includes(by) || rest.length > 0) {
    throw new UsageError(`--sort must be one of ${SORT_KEYS.join(', ')} (add :asc or :desc), not "${raw}".`);
  }
  if (direction !== 'asc' && direction !== 'desc') {
    throw new UsageError(`--sort direction must be asc or desc, not "${direction}".`);
  }
  return { by: by as PaperSort['by'], direction };
}

export const listCommand: Command = {
  usage: `list [--status unread|reading|read] [--tag NAME] [--sort ${SORT_KEYS.join('|')}[:desc]] [--json]`,
  options: ['status', 'tag', 'sort', 'json'],
  prepare(args, values, io) {
    if (args.length > 0) throw new UsageError(`list takes no arguments, got "${args.join(' ')}".`);
    const status = parseStatus(values.status);
    const sort = parseSort(values.sort);
    if (values.tag !== undefined && values.tag.trim() === '') throw new UsageError('--tag needs a name.');
    return (db) => {
      const papers = listPapers(db, { status, tag: values.tag, sort });
      io.stdout(values.json ? JSON.stringify(papers, null, 2) : formatPaperTable(papers));
    };
  },
};
