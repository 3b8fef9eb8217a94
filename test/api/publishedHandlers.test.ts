import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse, KnownPublishedVersion, LookupJobProgress, Paper } from '../../preload/api';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { useTempLibrary } from '../fixtures/tempLibrary';
import { fakeClock } from '../lookup/fakeClock';
import { startFakeSources, type FakeSources } from '../lookup/fakeSources';

const tempLibrary = useTempLibrary();
let fake: FakeSources;
beforeEach(async () => {
  fake = await startFakeSources();
});
afterEach(() => fake.close());

function api() {
  const dispatch = createDispatch(
    createHandlers(tempLibrary().db, { lookup: { env: fake.env, clock: fakeClock(), timeoutMs: 5000 } }),
    () => undefined,
  );
  async function call<T>(method: string, args: unknown = {}): Promise<T> {
    const response = (await dispatch(method, args)) as ApiResponse<T>;
    if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
    return response.value;
  }
  async function lookUp(id: number): Promise<void> {
    const { jobId } = await call<LookupJobProgress>('startLookup', { ids: [id] });
    await vi.waitFor(
      async () => expect((await call<LookupJobProgress>('lookupProgress', { jobId })).state).toBe('finished'),
      { timeout: 20_000, interval: 20 },
    );
  }
  return { dispatch, call, lookUp };
}

const PREPRINT =
  '@misc{attention, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}';

describe('the published version of a preprint, in the window', () => {
  it('is known only after a lookup, and asking for it sends nothing', async () => {
    const { call, lookUp } = api();
    await call('commitImport', { text: PREPRINT });
    expect(await call('publishedVersion', { id: 1 })).toBeNull();
    expect(fake.requestCount()).toBe(0);
    await lookUp(1);
    const sent = fake.requestCount();
    expect(await call<KnownPublishedVersion>('publishedVersion', { id: 1 })).toMatchObject({
      entryType: 'inproceedings',
      venue: 'Neural Information Processing Systems',
      year: 2017,
    });
    expect(fake.requestCount()).toBe(sent);
  });

  it('turns the paper into it as one undo step, keeping the arXiv id and the key', async () => {
    const { call, lookUp } = api();
    await call('commitImport', { text: PREPRINT });
    await lookUp(1);
    const sent = fake.requestCount();
    const { paper, written } = await call<{ paper: Paper; written: string[] }>('usePublishedVersion', {
      id: 1,
    });
    expect(fake.requestCount()).toBe(sent);
    expect(written).toContain('booktitle');
    expect(paper).toMatchObject({
      citekey: 'attention',
      entryType: 'inproceedings',
      booktitle: 'Neural Information Processing Systems',
      arxivId: '1706.03762',
      eprint: '1706.03762',
    });
    // It is that version now: nothing more is offered.
    expect(await call('publishedVersion', { id: 1 })).toBeNull();
    await call('undo');
    expect(await call<Paper>('getPaper', { id: 1 })).toMatchObject({
      entryType: 'misc',
      booktitle: null,
      arxivId: '1706.03762',
    });
    expect(await call('publishedVersion', { id: 1 })).not.toBeNull();
  });

  it('says why when no published version is known, and finds nothing with lookups off', async () => {
    const { dispatch, call, lookUp } = api();
    await call('commitImport', { text: PREPRINT });
    expect(await dispatch('usePublishedVersion', { id: 1 })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'No published version of attention is known yet: look the paper up first.',
      },
    });
    await lookUp(1);
    await call('setLookupSettings', { enabled: false });
    expect(await call('publishedVersion', { id: 1 })).toBeNull();
    const refused = await dispatch('usePublishedVersion', { id: 1 });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'not_available' });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Lookups are turned off/);
    expect((await call<Paper>('getPaper', { id: 1 })).entryType).toBe('misc');
    expect(await dispatch('publishedVersion', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
