import { describe, expect, it, vi } from 'vitest';
import { listPaperSummaries } from '../../main/db/paperQueries';
import { moveToQueue, undo } from '../../renderer/src/store/actions';
import { useLibraryStore } from '../../renderer/src/store/libraryStore';
import { selectRows } from '../../renderer/src/store/selectors';
import { addManyPapers } from '../fixtures/manyPapers';
import { useWindowOverCore } from './windowOverCore';

/**
 * What the window shows right after a person acts, before the refresh that follows has landed:
 * each answer is the core's own (never a guess), and the refresh then reconciles.
 */
const core = useWindowOverCore();
const library = () => useLibraryStore.getState();
const methodsSince = (start: number) => core.calls.slice(start).map((call) => call.method);

async function openWith(papers: number): Promise<number[]> {
  addManyPapers(core.library().db, papers);
  await library().refresh();
  return listPaperSummaries(core.library().db).map((paper) => paper.id);
}

describe('the window answers a triage key from the change itself', () => {
  it("shows the queues' counts from the move's own answer, before the list's refresh lands", async () => {
    await openWith(30);
    await library().setQueue('unread');
    const first = selectRows(library())[0]?.id ?? 0;
    library().select(first);
    const before = library().counts;
    // The refresh's reads wait: only the move itself has answered.
    const release = core.hold('windowState');
    const moving = moveToQueue([first], 'read');
    await vi.waitFor(() => expect(library().counts.read).toBe(before.read + 1));
    expect(library().counts).toEqual({ ...before, unread: before.unread - 1, read: before.read + 1 });
    release();
    expect(await moving).toBe(true);
    // The refresh reconciles: the same counts, and the list without the paper.
    expect(library().counts).toEqual({ ...before, unread: before.unread - 1, read: before.read + 1 });
    expect(selectRows(library()).map((row) => row.id)).not.toContain(first);

    expect(await undo()).toBe(true);
    expect(library().counts).toEqual(before);
  });

  it('a refresh that read the counts before the move does not put them back when it lands after', async () => {
    const ids = await openWith(10);
    const before = library().counts;
    // An earlier refresh read the counts before the move, and its answer arrives after the move's.
    const releaseEarly = core.holdAnswers('windowState');
    const early = library().refresh();
    await vi.waitFor(() => expect(methodsSince(0)).toContain('windowState'));
    const moving = moveToQueue([ids[0] ?? 0], 'read');
    await vi.waitFor(() => expect(library().counts.read).toBe(before.read + 1));
    const seen: number[] = [];
    const stop = useLibraryStore.subscribe((state) => seen.push(state.counts.read));
    releaseEarly();
    await Promise.all([early, moving]);
    stop();
    expect(seen.every((read) => read === before.read + 1)).toBe(true);
    expect(library().counts.read).toBe(before.read + 1);
  });
});

describe('clearing a search', () => {
  async function searchFrom(papers: number, query: string) {
    const ids = await openWith(papers);
    await library().showSpan({ start: 0, end: 15 });
    library().select(ids[3] ?? 0);
    const before = { rows: selectRows(library()).map((row) => row.id), total: library().total };
    library().setQuery(query);
    await vi.waitFor(() => expect(library().search?.query).toBe(query));
    return { ids, before };
  }

  it('shows the list as it was at once when the library has not changed, then reconciles', async () => {
    const { ids, before } = await searchFrom(300, 'planning');
    expect(library().total).not.toBe(before.total);
    const release = core.hold('windowState');
    const start = core.calls.length;

    library().setQuery('');
    // Nothing has answered yet, and the list is back: its rows, its count, the paper under the cursor.
    expect(methodsSince(start)).toEqual([]);
    expect(library().search).toBeNull();
    expect(library().total).toBe(before.total);
    expect(selectRows(library()).map((row) => row.id)).toEqual(before.rows);
    expect(library().cursorId).toBe(ids[3]);

    release();
    await vi.waitFor(() => expect(methodsSince(start)).toContain('windowState'));
    await vi.waitFor(() => expect(library().current?.id).toBe(ids[3]));
    expect(selectRows(library()).map((row) => row.id)).toEqual(before.rows.slice(0, library().rows.size));
    expect(library().total).toBe(before.total);
  });

  it('waits for the rows when the library changed during the search: never shows rows as they were', async () => {
    const { before } = await searchFrom(300, 'planning');
    const hit = selectRows(library())[0]?.id ?? 0;
    const statusOf = (id: number) => selectRows(library()).find((row) => row.id === id)?.status;
    expect(await moveToQueue([hit], 'read')).toBe(true);
    const release = core.hold('windowState');

    library().setQuery('');
    expect(library().search).not.toBeNull();
    release();
    await vi.waitFor(() => expect(library().search).toBeNull());
    expect(library().total).toBe(before.total);
    await library().showSpan({ start: 0, end: 299 });
    expect(statusOf(hit)).toBe('read');
  });
});
