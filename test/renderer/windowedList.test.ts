import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../main/db/openLibrary';
import { listPaperSummaries } from '../../main/db/paperQueries';
import { setStatus } from '../../main/library/queues';
import type { ListWindow, WindowState } from '../../preload/api';
import { importPapers, moveToQueue } from '../../renderer/src/store/actions';
import { useImportStore } from '../../renderer/src/store/importStore';
import { KEEP, MARGIN } from '../../renderer/src/store/library/listWindow';
import { useLibraryStore } from '../../renderer/src/store/libraryStore';
import { selectRows, selectViewCount } from '../../renderer/src/store/selectors';
import { useToastStore } from '../../renderer/src/store/toastStore';
import { addManyPapers } from '../fixtures/manyPapers';
import { buildPage } from '../fixtures/miniPage';
import { useWindowOverCore, type WindowCall } from './windowOverCore';

/** The windowed list over the real core: what the window holds and what each step moves. */
const core = useWindowOverCore();
const library = () => useLibraryStore.getState();

/** Paper summaries that crossed the bridge in these calls (ids alone are not counted). */
function rowsMoved(calls: readonly WindowCall[]): number {
  return calls.reduce((sum, call) => {
    if (call.method === 'listWindow') return sum + (call.value as ListWindow).rows.length;
    if (call.method === 'windowState') return sum + (call.value as WindowState).window.rows.length;
    if (call.method === 'listPapers' || call.method === 'search') return sum + Number.MAX_SAFE_INTEGER;
    return sum;
  }, 0);
}

async function openWith(papers: number): Promise<number[]> {
  addManyPapers(core.library().db, papers);
  await library().refresh();
  return listPaperSummaries(core.library().db).map((paper) => paper.id);
}

describe('the windowed list', () => {
  it.each([300, 3000])(
    'with %i papers, a triage key moves the rows on screen and the counts, never the whole list',
    async (papers) => {
      const ids = await openWith(papers);
      await library().setQueue('unread');
      await library().showSpan({ start: 0, end: 15 });
      const first = selectRows(library())[0]?.id ?? 0;
      library().select(first);
      await vi.waitFor(() => expect(library().current?.id).toBe(first));
      const before = library().counts;
      const start = core.calls.length;

      await moveToQueue([first], 'read');

      const moved = rowsMoved(core.calls.slice(start));
      // The screen (16 rows) and its margins, the same at 300 papers as at 3,000: O(screen), not O(library).
      expect(moved).toBeLessThanOrEqual(16 + 2 * MARGIN);
      // One change, one read of what it changed (the rows, counts and tags in one call), and the open paper.
      const asked = core.calls.slice(start).map((call) => call.method);
      for (const method of ['setStatus', 'windowState', 'getPaper'])
        expect(asked.filter((name) => name === method)).toHaveLength(1);
      for (const method of ['listWindow', 'queueCounts', 'listTags', 'libraryVersion'])
        expect(asked).not.toContain(method);
      expect(library().counts).toMatchObject({ unread: before.unread - 1, read: before.read + 1 });
      expect(library().cursorId).not.toBe(first);
      expect(ids).toContain(library().cursorId);
    },
  );

  it('clearing a search reads a screen of rows around the paper and a margin, as a triage key does', async () => {
    await openWith(3000);
    await library().showSpan({ start: 0, end: 15 });
    library().setQuery('planning');
    await vi.waitFor(() => expect(library().search?.query).toBe('planning'));
    await library().showSpan({ start: 0, end: 15 });
    const start = core.calls.length;

    library().setQuery('');
    await vi.waitFor(() => expect(library().search).toBeNull());
    expect(rowsMoved(core.calls.slice(start))).toBeLessThanOrEqual(16 + 2 * MARGIN);
    expect(library().total).toBe(3000);
  });

  it("a new query's answer carries the rows on screen alone, and the margin comes after it", async () => {
    await openWith(3000);
    await library().showSpan({ start: 0, end: 15 });
    const start = core.calls.length;
    library().setQuery('planning');
    await vi.waitFor(() => expect(library().search?.query).toBe('planning'));
    const answer = core.calls.slice(start).find((call) => call.method === 'windowState');
    expect((answer?.value as WindowState).window.rows).toHaveLength(16);
    expect(library().rows.size).toBe(16);

    // The list, shown the new rows, asks for what is missing around them.
    await library().showSpan({ start: 0, end: 15 });
    expect(library().rows.size).toBe(16 + MARGIN);
    expect(rowsMoved(core.calls.slice(start))).toBe(16 + MARGIN);
  });

  it('holds only the rows near the screen while scrolling through 6,000 papers, and shows the last ones at the end', async () => {
    const ids = await openWith(6000);
    expect(library().total).toBe(6000);
    for (let start = 0; start < 6000; start += 700) {
      await library().showSpan({ start, end: Math.min(5999, start + 15) });
      expect(library().rows.size).toBeLessThanOrEqual(2 * KEEP + 200);
    }
    // A jump to the end (the scrollbar, End): the rows there, by position.
    await library().showSpan({ start: 5985, end: 5999 });
    expect(library().rows.get(5999)?.id).toBe(ids[5999]);
    expect(library().rows.get(5985)?.id).toBe(ids[5985]);
    expect(library().rows.has(0)).toBe(false);
  });

  it('j past the loaded rows loads the next one; select all takes the whole view by asking the core', async () => {
    const ids = await openWith(1500);
    library().select(ids[199] ?? 0);
    // Only the first 200 rows are held.
    expect(library().rows.has(200)).toBe(false);
    await library().moveCursor(1);
    expect(library().cursorId).toBe(ids[200]);
    expect(library().current?.id).toBe(ids[200]);

    await library().setQueue('reading');
    await library().selectAll();
    expect(library().selectedIds).toHaveLength(library().counts.reading);
    expect(library().selectedIds.length).toBeGreaterThan(library().rows.size);
  });

  it('a shift-click range over rows not loaded selects every paper between, asked of the core', async () => {
    const ids = await openWith(6000);
    library().select(ids[0] ?? 0);
    // Scrolled far down: the rows between are let go, the first one among them.
    await library().showSpan({ start: 2990, end: 3005 });
    expect(library().rows.has(1500)).toBe(false);
    library().select(ids[3000] ?? 0, 'range');
    await vi.waitFor(() => expect(library().selectedIds).toHaveLength(3001));
    expect(library().selectedIds).toEqual(ids.slice(0, 3001));
    expect(library().cursorId).toBe(ids[0]);

    // Upwards, from a cursor whose row is loaded, over a gap.
    library().select(ids[3005] ?? 0);
    library().select(ids[10] ?? 0, 'range');
    await vi.waitFor(() => expect(library().selectedIds).toHaveLength(2996));
    expect(library().selectedIds).toEqual(ids.slice(10, 3006));
  });

  it('typing a query keeps the results shown until the new ones arrive: no flash of 0 results', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      useImportStore.getState().setText(buildPage(6));
      expect(await importPapers()).toBe(true);
      library().setQuery('Offline');
      await vi.runAllTimersAsync();
      await vi.waitFor(() => expect(library().search?.query).toBe('Offline'));
      const shown = { count: selectViewCount(library()), rows: selectRows(library()).map((row) => row.id) };
      expect(shown.count).toBeGreaterThan(0);

      const seen: number[] = [];
      const stop = useLibraryStore.subscribe((state) => seen.push(selectViewCount(state), state.total));
      const release = core.hold('windowState');
      for (const query of ['Offline P', 'Offline Pl', 'Offline Planning']) {
        library().setQuery(query);
        await vi.advanceTimersByTimeAsync(100);
      }
      // The new query is on its way: the list still shows the last results.
      expect(seen.every((count) => count > 0)).toBe(true);
      expect(selectRows(library()).map((row) => row.id)).toEqual(shown.rows);
      release();
      await vi.waitFor(() => expect(library().search?.query).toBe('Offline Planning'));
      stop();
      expect(seen.every((count) => count > 0)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows another process: its papers, moves and edits show without a reload', async () => {
    const ids = await openWith(20);
    library().select(ids[0] ?? 0);
    await vi.waitFor(() => expect(library().current?.id).toBe(ids[0]));
    const before = library().counts;

    const other = openLibrary(core.library().path);
    addManyPapers(other, 3, 99);
    setStatus(other, [ids[1] ?? 0], 'reading');
    other.prepare('UPDATE papers SET title = ? WHERE id = ?').run('Renamed from the command line', ids[0]);
    other.close();

    await library().followChanges();
    expect(library().counts.all).toBe(before.all + 3);
    expect(library().counts.reading).toBe(before.reading + 1);
    expect(library().current?.title).toBe('Renamed from the command line');
    expect(selectRows(library()).find((row) => row.id === ids[0])?.title).toBe(
      'Renamed from the command line',
    );

    // Nothing changed since: a poll moves no rows.
    const start = core.calls.length;
    await library().followChanges();
    expect(core.calls.slice(start).map((call) => call.method)).toEqual(['libraryVersion']);
  });

  it("the toast's Undo takes back the window's change only: after another process's change it says so and undoes nothing", async () => {
    const ids = await openWith(10);
    await moveToQueue([ids[0] ?? 0], 'read');
    const offer = useToastStore.getState();
    expect(offer.message).toBe('Moved 1 paper to Read');

    const other = openLibrary(core.library().path);
    setStatus(other, [ids[1] ?? 0], 'reading');
    other.close();

    offer.action?.run();
    await vi.waitFor(() => expect(useToastStore.getState().isError).toBe(true));
    expect(useToastStore.getState().message).toMatch(/changed elsewhere after “Move 1 paper to Read”/);
    const status = core.library().db.prepare('SELECT status FROM papers WHERE id = ?').pluck();
    expect(status.get(ids[0])).toBe('read');
    expect(status.get(ids[1])).toBe('reading');
  });
});
