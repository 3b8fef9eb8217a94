import { describe, expect, it } from 'vitest';
import { countQueues, getPaper, listPaperSummaries } from '../../main/db/paperQueries';
import { commitImport } from '../../main/library/importText';
import { moveInQueue, setStatus } from '../../main/library/queues';
import { undoState } from '../../main/library/undo';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const seeded = useSeededLibrary();

function unreadIds(db: Parameters<typeof listPaperSummaries>[0]) {
  return listPaperSummaries(db, { status: 'unread' }).map((paper) => paper.id);
}

describe('reading queues', () => {
  it('moves papers between queues, updating the counts and stamping when they entered', () => {
    const { db, ids } = seeded();
    const when = new Date('2026-03-04T05:06:07Z');
    expect(setStatus(db, [ids[0], ids[1]], 'reading', when)).toBe(2);
    expect(countQueues(db)).toEqual({ all: 3, unread: 1, reading: 2, read: 0 });
    expect(getPaper(db, ids[0])).toMatchObject({
      status: 'reading',
      readingAt: when.toISOString(),
      readAt: null,
    });
    setStatus(db, [ids[0]], 'read', new Date('2026-03-05T00:00:00Z'));
    expect(getPaper(db, ids[0])).toMatchObject({
      status: 'read',
      readingAt: when.toISOString(),
      readAt: '2026-03-05T00:00:00.000Z',
    });
  });

  it('puts a paper that goes back to Unread at the bottom', () => {
    const { db, ids } = seeded();
    setStatus(db, [ids[0]], 'read');
    setStatus(db, [ids[0]], 'unread');
    expect(unreadIds(db)).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('moves a paper to the top or bottom of Unread', () => {
    const { db, ids } = seeded();
    moveInQueue(db, ids[2], { to: 'top' });
    expect(unreadIds(db)).toEqual([ids[2], ids[0], ids[1]]);
    moveInQueue(db, ids[2], { to: 'bottom' });
    expect(unreadIds(db)).toEqual([ids[0], ids[1], ids[2]]);
  });

  it('drops a paper before or after another', () => {
    const { db, ids } = seeded();
    moveInQueue(db, ids[2], { before: ids[1] });
    expect(unreadIds(db)).toEqual([ids[0], ids[2], ids[1]]);
    moveInQueue(db, ids[0], { after: ids[1] });
    expect(unreadIds(db)).toEqual([ids[2], ids[1], ids[0]]);
  });

  it('keeps placing papers between two neighbours long after the gap between them runs out', () => {
    const { db, ids } = seeded();
    for (let round = 0; round < 80; round += 1) {
      moveInQueue(db, round % 2 ? ids[1] : ids[2], { after: ids[0] });
    }
    expect(unreadIds(db)[0]).toBe(ids[0]);
    moveInQueue(db, ids[2], { before: ids[1] });
    expect(unreadIds(db)).toEqual([ids[0], ids[2], ids[1]]);
  });

  it('files a new import at the top when asked, in page order', async () => {
    const { db, ids } = seeded();
    await commitImport(db, 'Top Paper One\nTop Paper Two', { placement: 'top' });
    const titles = listPaperSummaries(db, { status: 'unread' }).map((paper) => paper.title);
    expect(titles.slice(0, 2)).toEqual(['Top Paper One', 'Top Paper Two']);
    expect(unreadIds(db).slice(2)).toEqual(ids);
  });

  it('refuses to order a paper outside Unread, or an unknown one, and changes nothing', () => {
    const { db, ids } = seeded();
    setStatus(db, [ids[0]], 'read');
    const state = undoState(db);
    expect(() => moveInQueue(db, ids[0], { to: 'top' })).toThrow(/Only Unread has an order/);
    expect(() => moveInQueue(db, 999, { to: 'top' })).toThrow('There is no paper with id 999.');
    expect(() => moveInQueue(db, ids[1], { before: ids[0] })).toThrow(/next to a paper in Unread/);
    expect(() => setStatus(db, [ids[1], 999], 'read')).toThrow('There is no paper with id 999.');
    expect(getPaper(db, ids[1])?.status).toBe('unread');
    expect(undoState(db)).toEqual(state);
  });
});
