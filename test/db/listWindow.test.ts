import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperSort, PaperStatus } from '../../preload/api';
import { countView, idsInView, positionInView, viewIds, type ListView } from '../../main/db/listWindow';
import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import { listPaperSummaries } from '../../main/db/paperQueries';
import { setStatus } from '../../main/library/queues';
import { addManyPapers } from '../fixtures/manyPapers';

const SORTS: (PaperSort | undefined)[] = [
  undefined,
  ...(['queue', 'added', 'title', 'author', 'year'] as const).flatMap((by) =>
    (['asc', 'desc'] as const).map((direction) => ({ by, direction })),
  ),
];
const FILTERS: { status?: PaperStatus; tag?: string }[] = [
  {},
  { status: 'unread' },
  { status: 'reading' },
  { status: 'read' },
  { tag: 'topic-1' },
  { status: 'read', tag: 'TOPIC-2' },
];
const VIEWS: ListView[] = SORTS.flatMap((sort) => FILTERS.map((filter) => ({ ...filter, sort })));

/** 400 papers; some moved in bulk (one timestamp for many: ties) and some Reading without a time. */
function seed(db: LibraryDb): void {
  addManyPapers(db, 400);
  const ids = listPaperSummaries(db).map((paper) => paper.id);
  setStatus(db, ids.slice(0, 30), 'reading');
  setStatus(db, ids.slice(30, 50), 'read');
  db.prepare("UPDATE papers SET reading_at = NULL WHERE id IN (?, ?, ?) AND status = 'reading'").run(
    ids[3],
    ids[7],
    ids[11],
  );
  // Papers without a year, without an author, and with the same title as another (ties).
  db.exec(`UPDATE papers SET year = NULL WHERE id % 7 = 0;
           DELETE FROM paper_creators WHERE paper_id % 5 = 0;
           UPDATE papers SET title = 'Same title', month = 3 WHERE id % 11 = 0;`);
}

describe('the list read by position', () => {
  // One library for every case (they only read it), closed and removed at the end.
  const dir = mkdtempSync(join(tmpdir(), 'shelfmark-list-window-'));
  let db: LibraryDb;
  beforeAll(() => {
    db = openLibrary(join(dir, 'library.sqlite'));
    seed(db);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWS.map((view) => [JSON.stringify(view), view] as const))(
    'a window of %s is that stretch of the whole list, and the total is its length',
    (_name, view) => {
      const whole = listPaperSummaries(db, view).map((paper) => paper.id);
      expect(whole.length).toBeGreaterThan(1);
      expect(countView(db, view)).toBe(whole.length);
      expect(viewIds(db, view)).toEqual(whole);
      for (const offset of [0, 1, 17, Math.floor(whole.length / 2), whole.length - 5, whole.length + 3]) {
        expect(viewIds(db, view, offset, 40)).toEqual(whole.slice(offset, offset + 40));
      }
      for (let at = 0; at < whole.length; at += 1 + Math.floor(whole.length / 23)) {
        expect(positionInView(db, view, whole[at] ?? 0)).toBe(at);
      }
      for (const at of [0, Math.min(5, whole.length - 1), whole.length - 1]) {
        expect(positionInView(db, view, whole[at] ?? 0)).toBe(at);
      }
    },
  );

  it('a paper the view does not hold has no position, and idsInView keeps only those it holds', () => {
    const readIds = listPaperSummaries(db, { status: 'read' }).map((paper) => paper.id);
    const unreadIds = listPaperSummaries(db, { status: 'unread' }).map((paper) => paper.id);
    expect(positionInView(db, { status: 'unread' }, readIds[0] ?? 0)).toBeNull();
    expect(positionInView(db, { status: 'unread' }, 999_999)).toBeNull();
    const mixed = [readIds[0] ?? 0, unreadIds[2] ?? 0, 999_999, unreadIds[0] ?? 0];
    expect(idsInView(db, { status: 'unread' }, mixed)).toEqual([unreadIds[2], unreadIds[0]]);
  });
});
