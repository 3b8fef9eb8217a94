import { PAPER_STATUSES, type ExportSelection } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { QUEUE_PAGE, idsInQueuePage } from '../db/exportQueries';
import type { SearchRequest } from '../search/SearchService';

/** Lets the event loop run (other requests, the window) between two steps of an export. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The ids of every paper a query matches, best first, and nothing else: a query's export asks
 * for ids only (no hits with title ranges), so main never unpacks a hundred thousand hits at once.
 */
export type SearchIds = (request: SearchRequest) => ArrayLike<number> | Promise<ArrayLike<number>>;

/** When to let the event loop run: see stepper in exportStream. */
interface Steps {
  due(): boolean;
  turn(): Promise<void>;
}

const noSteps: Steps = { due: () => false, turn: nextTurn };

/**
 * The ids of the papers a selection names, in the order the window shows them: a search's rank
 * order, or reading order. Ids, query, tag and status all apply together. Only ids: the papers
 * themselves are read in batches as they are written. Reading order is read a page at a time,
 * queue by queue, along the queue's index, with turns of the event loop between pages when due.
 */
export async function selectionIds(
  db: LibraryDb,
  selection: ExportSelection,
  search: SearchIds,
  steps: Steps = noSteps,
): Promise<number[]> {
  const wanted = selection.ids ? new Set(selection.ids) : null;
  const keep = (id: number) => !wanted || wanted.has(id);
  const ids: number[] = [];
  if (selection.query?.trim()) {
    const { query, status, tag } = selection;
    const found = await search({ query, status, tag });
    for (let at = 0; at < found.length; at += 1) {
      const id = found[at] as number;
      if (keep(id)) ids.push(id);
    }
    return ids;
  }
  // A paper moved between two pages could be met twice: it is exported once.
  const seen = new Set<number>();
  for (const status of selection.status ? [selection.status] : PAPER_STATUSES) {
    for (let offset = 0; ; offset += QUEUE_PAGE) {
      if (steps.due()) await steps.turn();
      const page = idsInQueuePage(db, { status, tag: selection.tag }, offset);
      for (const id of page) {
        if (seen.has(id) || !keep(id)) continue;
        seen.add(id);
        ids.push(id);
      }
      if (page.length < QUEUE_PAGE) break;
    }
  }
  return ids;
}
