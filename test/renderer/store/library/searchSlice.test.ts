import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitImport } from '../../../../main/library/importText';
import { MAX_QUERY_LENGTH } from '../../../../preload/api';
import { useLibraryStore } from '../../../../renderer/src/store/libraryStore';
import { useToastStore } from '../../../../renderer/src/store/toastStore';
import { useWindowOverCore } from '../../windowOverCore';

/** Typing in the search box, over the real core: when the window asks, and what it shows. */
const window = useWindowOverCore();
const library = () => useLibraryStore.getState();

/** The queries the window has asked the list for, in order. */
const askedQueries = () =>
  window.calls
    .filter((call) => call.method === 'windowState')
    .map((call) => (call.args as { view: { query?: string } }).view.query);

async function listOfPlanningPapers(): Promise<void> {
  const entries = ['Planning Methods', 'Policy Planning', 'Plants and Planets'].map(
    (title, n) => `@article{p${n}, title={${title}}, year={2020}}`,
  );
  await commitImport(window.library().db, entries.join('\n'));
  await library().refresh({ newView: true });
  window.calls.splice(0);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('typing in the search box', () => {
  it('asks for the first query at once, without waiting for the typing to pause', async () => {
    await listOfPlanningPapers();
    library().setQuery('planning');
    // No time passes: only what is already under way runs.
    await vi.advanceTimersByTimeAsync(0);
    expect(askedQueries()).toEqual(['planning']);
    await vi.waitFor(() => expect(library().search?.query).toBe('planning'));
  });

  it('while a search is under way, asks next for the newest query only, and never shows an older one', async () => {
    await listOfPlanningPapers();
    const shown: (string | null)[] = [];
    const stop = useLibraryStore.subscribe((state) => shown.push(state.search?.query ?? null));
    try {
      const release = window.holdAnswers('windowState');
      library().setQuery('p');
      await vi.advanceTimersByTimeAsync(0);
      library().setQuery('pl');
      library().setQuery('pla');
      await vi.advanceTimersByTimeAsync(0);
      expect(askedQueries()).toEqual(['p']);
      release();
      await vi.waitFor(() => expect(library().search?.query).toBe('pla'));
      expect(askedQueries()).toEqual(['p', 'pla']);
      // The answer for "p" came after the box said "pla": it was dropped, and nothing flashed empty.
      expect(shown.filter((query) => query !== null)).toEqual(shown.filter((query) => query === 'pla'));
      expect(shown.slice(shown.indexOf('pla'))).not.toContain(null);
    } finally {
      stop();
    }
  });

  it('asks nothing more once the box is cleared while a search is under way', async () => {
    await listOfPlanningPapers();
    const release = window.holdAnswers('windowState');
    library().setQuery('pla');
    await vi.advanceTimersByTimeAsync(0);
    library().setQuery('plan');
    library().setQuery('');
    release();
    await vi.waitFor(() => expect(library().search).toBeNull());
    await vi.advanceTimersByTimeAsync(2000);
    expect(askedQueries()).toEqual(['pla', undefined]);
  });

  it('asks again for a query typed back after a clear, though the answer to its first asking is still coming', async () => {
    await listOfPlanningPapers();
    const release = window.holdNextAnswer('windowState');
    library().setQuery('plan');
    await vi.advanceTimersByTimeAsync(0);
    // Escape: the whole list's refresh lands while the first "plan" is still on its way.
    library().setQuery('');
    await vi.waitFor(() => expect(library().search).toBeNull());
    library().setQuery('plan');
    release();
    await vi.waitFor(() => expect(library().search?.query).toBe('plan'));
    expect(askedQueries()).toEqual(['plan', undefined, 'plan']);
  });
});

describe('a query longer than a search takes', () => {
  it('is cut to the longest the core accepts, and searched, with no error shown', async () => {
    await listOfPlanningPapers();
    const pasted = `planning ${'x'.repeat(1_200)}`;
    library().setQuery(pasted);
    expect(library().query).toBe(pasted.slice(0, MAX_QUERY_LENGTH));
    await vi.waitFor(() => expect(library().search?.query).toBe(pasted.slice(0, MAX_QUERY_LENGTH)));
    expect(askedQueries().every((query) => (query ?? '').length <= MAX_QUERY_LENGTH)).toBe(true);
    expect(useToastStore.getState().isError).toBe(false);
  });
});
