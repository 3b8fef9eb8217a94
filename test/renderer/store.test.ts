import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_TEXT } from '../../preload/api';
import {
  deletePapers,
  importPapers,
  moveToQueue,
  renameTag,
  tagPapers,
  undo,
} from '../../renderer/src/store/actions';
import { useImportStore } from '../../renderer/src/store/importStore';
import { useLibraryStore } from '../../renderer/src/store/libraryStore';
import { selectActionTargets, selectRows, selectViewFilter } from '../../renderer/src/store/selectors';
import { useToastStore } from '../../renderer/src/store/toastStore';
import { buildPage } from '../fixtures/miniPage';
import { useWindowOverCore } from './windowOverCore';

/**
 * The window's data layer over the real core, without a browser: the store, its slices and the
 * named actions talk to main's dispatcher through a stand-in for the preload bridge.
 */
const core = useWindowOverCore();

const library = () => useLibraryStore.getState();
const titleOf = (id: number | null) => selectRows(library()).find((paper) => paper.id === id)?.title;

async function importSix(): Promise<string[]> {
  useImportStore.getState().setText(buildPage(6));
  expect(await importPapers()).toBe(true);
  return selectRows(library()).map((paper) => paper.title);
}

describe('named actions over the real core', () => {
  it('import names what happened in the past tense, with Undo', async () => {
    await importSix();
    expect(library().counts.unread).toBe(6);
    expect(useToastStore.getState()).toMatchObject({ message: 'Imported 6 papers', isError: false });
    expect(useToastStore.getState().action?.label).toBe('Undo');
  });

  it('item 4: in All papers, 2 on the third paper leaves the cursor on the next paper of the list as it was', async () => {
    await importSix();
    const ids = selectRows(library()).map((paper) => paper.id);
    await moveToQueue(ids.slice(4), 'read');
    await library().setQueue('all');
    const before = selectRows(library()).map((paper) => paper.title);
    library().select(ids[2] ?? null);

    await moveToQueue(selectActionTargets(library()), 'reading');

    expect(selectRows(library()).map((paper) => paper.title)).toEqual([
      before[0],
      before[1],
      before[3],
      before[2],
      before[4],
      before[5],
    ]);
    expect(titleOf(library().cursorId)).toBe(before[3]);
    expect(library().current?.title).toBe(before[3]);
    expect(library().selectedIds).toEqual([library().cursorId]);
  });

  it('undo names the change it undid, and the cursor stays where it is', async () => {
    await importSix();
    const [first, second] = selectRows(library()).map((paper) => paper.id);
    library().select(first ?? null);
    await moveToQueue([first ?? 0], 'read');
    expect(library().cursorId).toBe(second);
    await undo();
    expect(useToastStore.getState().message).toBe('Undid: Move 1 paper to Read');
    expect(library().cursorId).toBe(second);
  });

  it('renaming the tag the list is filtered by follows it to its new name', async () => {
    await importSix();
    const ids = selectRows(library()).map((paper) => paper.id);
    await tagPapers(ids.slice(0, 2), 'rl');
    await library().setTag('rl');
    expect(await renameTag('rl', 'reinforcement')).toBe(true);
    expect(library().tag).toBe('reinforcement');
    expect(selectRows(library())).toHaveLength(2);
  });

  it('a failure is reported once, as an alert in words for people, and nothing changes', async () => {
    await importSix();
    expect(await deletePapers([999_999])).toBe(false);
    const toast = useToastStore.getState();
    expect(toast.isError).toBe(true);
    expect(toast.message).toMatch(/999999/);
    expect(toast.message).not.toMatch(/Error|SQLITE|at /);
    expect(library().counts.all).toBe(6);
  });
});

describe('selectors', () => {
  it('the view filter is the queue, the tag and a query with text; the same for the list and Export', () => {
    useLibraryStore.setState({ queue: 'unread', tag: 'rl', query: '  world models ' });
    expect(selectViewFilter(library())).toEqual({ query: 'world models', tag: 'rl', status: 'unread' });
    useLibraryStore.setState({ queue: 'all', tag: null, query: '   ' });
    expect(selectViewFilter(library())).toEqual({});
  });

  it('the action targets are the selection, else the cursor', () => {
    useLibraryStore.setState({ cursorId: 4, selectedIds: [] });
    expect(selectActionTargets(library())).toEqual([4]);
    useLibraryStore.setState({ cursorId: 4, selectedIds: [4, 5] });
    expect(selectActionTargets(library())).toEqual([4, 5]);
  });
});

describe('search', () => {
  it('clearing the box goes back to the paper the person had open before searching', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const titles = await importSix();
      const ids = selectRows(library()).map((paper) => paper.id);
      library().select(ids[4] ?? null);
      library().setQuery('Offline Planning');
      await vi.runAllTimersAsync();
      await vi.waitFor(() => expect(library().search?.query).toBe('Offline Planning'));
      expect(titleOf(library().cursorId)).toBe(titles[0]);

      library().setQuery('');
      await vi.waitFor(() => expect(library().search).toBeNull());
      await vi.waitFor(() => expect(selectRows(library())).toHaveLength(6));
      expect(library().cursorId).toBe(ids[4]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the Import dialog', () => {
  it('a pasted text over the window’s limit is not sent: the dialog says where to import it instead', async () => {
    useImportStore.getState().setText('x'.repeat(MAX_IMPORT_TEXT + 1));
    const asked = core.calls.length;
    await useImportStore.getState().runPreview();
    expect(core.calls.slice(asked)).toEqual([]);
    expect(useImportStore.getState().error).toBe(
      'This text is 21 MB: the Import dialog takes up to 20 MB. Save it to a file and import that from a terminal with "npx shelfmark import FILE".',
    );
    expect(useImportStore.getState().preview).toBeNull();
  });
});
