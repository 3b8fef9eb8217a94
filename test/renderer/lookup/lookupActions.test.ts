import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../../main/db/openLibrary';
import { setStatus } from '../../../main/library/queues';
import { callApi } from '../../../renderer/src/api';
import { undo } from '../../../renderer/src/store/actions';
import { useLibraryStore } from '../../../renderer/src/store/libraryStore';
import {
  acceptReview,
  adoptPublishedVersion,
  cancelLookup,
  fillInMissing,
  loadPublishedVersion,
  lookUpPapers,
  offerFillIn,
  rejectReview,
  resumeLookup,
  saveLookupSettings,
} from '../../../renderer/src/store/lookupActions';
import { useLookupStore } from '../../../renderer/src/store/lookupStore';
import { usePublishedStore } from '../../../renderer/src/store/publishedStore';
import { useToastStore } from '../../../renderer/src/store/toastStore';
import { fakeClock } from '../../lookup/fakeClock';
import { fixture } from '../../lookup/fixtures';
import { startFakeSources, type FakeSources } from '../../lookup/fakeSources';
import { LOOKUP_PAGE } from '../../lookup/lookupPage';
import { useWindowOverCore } from '../windowOverCore';

let fake: FakeSources;
beforeEach(async () => {
  fake = await startFakeSources();
});
afterEach(() => fake.close());
const core = useWindowOverCore({ lookup: () => ({ env: fake.env, clock: fakeClock() }) });

const initialLookup = useLookupStore.getState();
beforeEach(() => useLookupStore.setState(initialLookup, true));

const lookup = () => useLookupStore.getState();
const toast = () => useToastStore.getState();

async function importPage(): Promise<void> {
  await callApi('commitImport', { text: LOOKUP_PAGE });
  await useLibraryStore.getState().refresh();
}

describe('lookups in the window store, over the core and the fake sources', () => {
  it("the fill-in toast's Undo takes back the lookup only: after another process's change it says so and undoes nothing", async () => {
    await importPage();
    await fillInMissing([1, 2, 3]);
    const offer = toast();
    expect(offer.action?.label).toBe('Undo');
    const other = openLibrary(core.library().path);
    setStatus(other, [3], 'reading');
    other.close();

    offer.action?.run();
    await vi.waitFor(() => expect(toast().isError).toBe(true));
    expect(toast().message).toMatch(/changed elsewhere/);
    const paper = core.library().db.prepare('SELECT year, status FROM papers WHERE id = ?');
    expect(paper.get(1)).toEqual({ year: 2017, status: 'unread' });
    expect(paper.get(3)).toMatchObject({ status: 'reading' });
  });

  it('offers to fill in what an import left out, fills it in, and names it in a toast with Undo', async () => {
    await importPage();
    await offerFillIn();
    expect(lookup().offer).toEqual([1, 2, 3]);
    const done = await fillInMissing(lookup().offer ?? []);
    expect(lookup().offer).toBeNull();
    expect(done).toMatchObject({ state: 'finished', applied: 1, review: 2 });
    expect(lookup().job?.state).toBe('finished');
    expect(lookup().reviews.map((review) => review.citekey)).toEqual(['tdMpc2Scalable', 'offDiagonalRamsey']);
    expect(toast().message).toBe('Filled in 1 paper; 2 matches wait for review');
    expect(toast().action?.label).toBe('Undo');
    const row = [...useLibraryStore.getState().rows.values()].find((paper) => paper.id === 1);
    expect(row).toMatchObject({ firstAuthor: 'Vaswani', year: 2017 });
  });

  it('makes no offer when the import brought its authors and years', async () => {
    await callApi('commitImport', { text: '@misc{a, title = {Known}, author = {Zhu, Jun}, year = {2020}}' });
    await offerFillIn();
    expect(lookup().offer).toBeNull();
  });

  it('accepts a match field by field and rejects another, each undoable', async () => {
    await importPage();
    await fillInMissing();
    const [tdmpc, ramsey] = lookup().reviews;
    expect(await acceptReview(tdmpc!.id, ['authors', 'year'])).toBe(true);
    expect(toast().message).toBe('Looked up tdMpc2Scalable: authors, year');
    expect(await rejectReview(ramsey!.id)).toBe(true);
    expect(toast().message).toBe('Rejected the match for offDiagonalRamsey');
    expect(lookup().reviews).toEqual([]);
    const paper = await callApi('getPaper', { id: 2 });
    expect(paper).toMatchObject({ year: 2023, authors: ['Hansen, Nicklas', 'Su, Hao', 'Wang, Xiaolong'] });
    expect(paper.eprint).toBeNull();
    await undo();
    await undo();
    expect((await callApi('getPaper', { id: 2 })).year).toBeNull();
  });

  it('cancels a running lookup and keeps what was filled in', async () => {
    await importPage();
    fake.dblp.script('/search/publ/api', [{ status: 200, body: fixture('dblp/empty.json'), delayMs: 800 }]);
    const running = fillInMissing();
    await expect.poll(() => fake.dblp.requests.length).toBe(1);
    await cancelLookup();
    expect(lookup().job?.state).toBe('cancelling');
    expect(await running).toMatchObject({ state: 'cancelled', done: 1, applied: 1 });
    expect(toast().message).toBe('Filled in 1 paper; stopped after 1 of 3');
  });

  it('a page opened while a lookup runs shows it, with progress and Cancel, and follows it to its end', async () => {
    await importPage();
    fake.dblp.script('/search/publ/api', [{ status: 200, body: fixture('dblp/empty.json'), delayMs: 800 }]);
    const started = fillInMissing();
    await expect.poll(() => fake.dblp.requests.length).toBe(1);
    const jobId = lookup().job?.jobId;
    // The page reloads: a fresh store, while the job goes on in main.
    useLookupStore.setState(initialLookup, true);
    const resumed = resumeLookup();
    await vi.waitFor(() => expect(lookup().job).toMatchObject({ jobId, state: 'running', total: 3 }));
    await cancelLookup();
    expect(lookup().job?.state).toBe('cancelling');
    expect(await resumed).toMatchObject({ jobId, state: 'cancelled' });
    expect(toast().message).toMatch(/stopped after \d of 3/);
    await started;
  });

  it('a page opened with no lookup running shows none', async () => {
    await importPage();
    expect(await resumeLookup()).toBeNull();
    expect(lookup().job).toBeNull();
  });

  it('with lookups off, says so and sends nothing', async () => {
    await importPage();
    expect(await saveLookupSettings({ enabled: false })).toEqual({ error: null });
    expect(lookup().settings).toMatchObject({ enabled: false });
    expect(await lookUpPapers([1])).toBeNull();
    expect(toast().isError).toBe(true);
    expect(toast().message).toBe('Lookup: Lookups are turned off in the lookup settings; nothing was sent.');
    expect(await fillInMissing()).toBeNull();
    expect(fake.requestCount()).toBe(0);
  });

  it('keeps the Semantic Scholar key out of the window, and shows a bad email in the dialog', async () => {
    expect(await saveLookupSettings({ s2ApiKey: 'secret-key' })).toEqual({ error: null });
    expect(JSON.stringify(lookup().settings)).not.toContain('secret-key');
    expect(lookup().settings?.s2KeySet).toBe(true);
    expect(await saveLookupSettings({ crossrefEmail: 'nobody' })).toEqual({
      error: '"nobody" is not an email address.',
    });
  });

  it('shows the published version a lookup found, uses it with Undo, and undo brings the preprint back', async () => {
    await importPage();
    const known = () => usePublishedStore.getState().known[1];
    await loadPublishedVersion(1);
    expect(known()).toBeNull();
    await lookUpPapers([1]);
    const sent = fake.requestCount();
    await loadPublishedVersion(1);
    expect(known()).toMatchObject({ venue: 'Neural Information Processing Systems', year: 2017 });
    expect(await adoptPublishedVersion(1)).toBe(true);
    expect(fake.requestCount()).toBe(sent);
    expect(toast().message).toBe(
      'attentionAllYou is now the published version (Neural Information Processing Systems 2017)',
    );
    expect(toast().action?.label).toBe('Undo');
    expect(known()).toBeNull();
    expect(await callApi('getPaper', { id: 1 })).toMatchObject({
      entryType: 'inproceedings',
      booktitle: 'Neural Information Processing Systems',
      arxivId: '1706.03762',
    });
    expect([...useLibraryStore.getState().rows.values()].find((row) => row.id === 1)).toMatchObject({
      venue: 'Neural Information Processing Systems',
    });
    toast().action?.run();
    await expect.poll(async () => (await callApi('getPaper', { id: 1 })).entryType).toBe('misc');
    expect((await callApi('getPaper', { id: 1 })).arxivId).toBe('1706.03762');
  });

  it('says to look the paper up first when no published version is known', async () => {
    await importPage();
    expect(await adoptPublishedVersion(1)).toBe(false);
    expect(toast().isError).toBe(true);
    expect(toast().message).toBe(
      'No published version of attentionAllYou is known yet: look the paper up first.',
    );
    expect(fake.requestCount()).toBe(0);
  });
});
