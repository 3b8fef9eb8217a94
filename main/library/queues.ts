import type { PaperStatus, QueuePlacement } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { plural, requirePapers } from './paperRefs';
import { ShelfmarkError } from './ShelfmarkError';
import { recordOperation } from './undo';

const QUEUE_NAMES: Record<PaperStatus, string> = { unread: 'Unread', reading: 'Reading', read: 'Read' };
const TIME_COLUMN: Partial<Record<PaperStatus, string>> = { reading: 'reading_at', read: 'read_at' };

export function unreadEdge(db: LibraryDb, edge: 'top' | 'bottom'): number {
  const sql =
    edge === 'top'
      ? "SELECT coalesce(min(position), 1) - 1 FROM papers WHERE status = 'unread'"
      : "SELECT coalesce(max(position), 0) + 1 FROM papers WHERE status = 'unread'";
  return db.prepare(sql).pluck().get() as number;
}

/** Moves papers into a queue, stamping when they entered Reading or Read; back in Unread they go to the bottom. */
export function setStatus(
  db: LibraryDb,
  ids: readonly number[],
  status: PaperStatus,
  now = new Date(),
): number {
  const label = `Move ${plural(ids.length, 'paper')} to ${QUEUE_NAMES[status]}`;
  return recordOperation(db, label, () => {
    const papers = requirePapers(db, ids);
    const stamp = now.toISOString();
    const timeColumn = TIME_COLUMN[status];
    const update = db.prepare(
      `UPDATE papers SET status = @status, position = @position, updated_at = @stamp
       ${timeColumn ? `, ${timeColumn} = @stamp` : ''}
       WHERE id = @id AND status <> @status`,
    );
    let bottom = status === 'unread' ? unreadEdge(db, 'bottom') : 0;
    let moved = 0;
    for (const id of papers) {
      const position = status === 'unread' ? bottom++ : 0;
      moved += update.run({ status, position, stamp, id }).changes;
    }
    return moved;
  });
}

interface Neighbour {
  id: number;
  position: number;
}

function unreadOrder(db: LibraryDb): Neighbour[] {
  return db
    .prepare("SELECT id, position FROM papers WHERE status = 'unread' ORDER BY position, id")
    .all() as Neighbour[];
}

function renumberUnread(db: LibraryDb): void {
  const update = db.prepare('UPDATE papers SET position = ? WHERE id = ?');
  unreadOrder(db).forEach((paper, index) => update.run(index + 1, paper.id));
}

/** The position halfway between the target and its neighbour, or null when the two are too close to split. */
function positionNear(
  db: LibraryDb,
  movingId: number,
  targetId: number,
  side: 'before' | 'after',
): number | null {
  const order = unreadOrder(db).filter((paper) => paper.id !== movingId);
  const index = order.findIndex((paper) => paper.id === targetId);
  const target = order[index];
  if (!target)
    throw new ShelfmarkError('invalid_argument', 'Papers can only be placed next to a paper in Unread.');
  const neighbour = order[side === 'before' ? index - 1 : index + 1];
  if (!neighbour) return side === 'before' ? target.position - 1 : target.position + 1;
  const middle = (target.position + neighbour.position) / 2;
  return middle === target.position || middle === neighbour.position ? null : middle;
}

/** Reorders "up next": to the top or bottom of Unread, or before or after another unread paper. */
export function moveInQueue(db: LibraryDb, id: number, placement: QueuePlacement): void {
  const label = 'to' in placement ? `Move paper to the ${placement.to} of Unread` : 'Reorder Unread';
  recordOperation(db, label, () => {
    const status = db.prepare('SELECT status FROM papers WHERE id = ?').pluck().get(id);
    if (status === undefined) throw new ShelfmarkError('not_found', `There is no paper with id ${id}.`);
    if (status !== 'unread') {
      throw new ShelfmarkError(
        'invalid_argument',
        'Only Unread has an order of its own; this paper is not in it.',
      );
    }
    let position: number | null;
    if ('to' in placement) position = unreadEdge(db, placement.to);
    else {
      const [side, targetId] =
        'before' in placement
          ? (['before', placement.before] as const)
          : (['after', placement.after] as const);
      if (targetId === id) return;
      position = positionNear(db, id, targetId, side);
      if (position === null) {
        renumberUnread(db);
        position = positionNear(db, id, targetId, side);
      }
    }
    db.prepare('UPDATE papers SET position = ? WHERE id = ?').run(position, id);
  });
}
