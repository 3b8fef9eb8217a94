import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse, LookupJobProgress, LookupReview, Paper } from '../../preload/api';
import { createDispatch, type Dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import type { LibraryDb } from '../../main/db/openLibrary';
import { ImportRunner } from '../../main/library/ImportRunner';
import { useTempLibrary } from '../fixtures/tempLibrary';
import { fakeClock } from '../lookup/fakeClock';
import { fixture } from '../lookup/fixtures';
import { startFakeSources, type FakeSources } from '../lookup/fakeSources';
import { LOOKUP_PAGE } from '../lookup/lookupPage';

const tempLibrary = useTempLibrary();
let fake: FakeSources;
beforeEach(async () => {
  fake = await startFakeSources();
});
afterEach(() => fake.close());

function api(env: Record<string, string> = fake.env, imports?: (db: LibraryDb) => ImportRunner) {
  const { db } = tempLibrary();
  const dispatch: Dispatch = createDispatch(
    createHandlers(db, {
      lookup: { env, clock: fakeClock(), timeoutMs: 5000, retries: 1 },
      ...(imports ? { imports: imports(db) } : {}),
    }),
    () => undefined,
  );
  async function call<T>(method: string, args: unknown = {}): Promise<T> {
    const response = (await dispatch(method, args)) as ApiResponse<T>;
    if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
    return response.value;
  }
  async function waitForJob(jobId: number): Promise<LookupJobProgress> {
    let progress: LookupJobProgress | undefined;
    await vi.waitFor(
      async () => {
        progress = await call<LookupJobProgress>('lookupProgress', { jobId });
        expect(progress.state).not.toMatch(/^(running|cancelling)$/);
      },
      { timeout: 20_000, interval: 20 },
    );
    return progress as LookupJobProgress;
  }
  return { dispatch, call, waitForJob };
}

const BIB = `@misc{attention, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}
@misc{tdmpc, title = {TD-MPC2: Scalable, Robust World Models for Continuous Control}, eprint = {2310.16828}, archiveprefix = {arXiv}}
@misc{known, title = {A paper with its details}, author = {Zhu, Jun}, year = {2020}}`;

describe('lookups in the window, against the fake server', () => {
  it('fills in a pasted page in the background: confident matches applied, uncertain ones for review', async () => {
    const { call, waitForJob } = api();
    await call('commitImport', { text: LOOKUP_PAGE });
    const started = await call<LookupJobProgress>('startLookup', { onlyMissing: true });
    expect(started).toMatchObject({ state: 'running', total: 3, done: 0 });
    const done = await waitForJob(started.jobId);
    expect(done).toMatchObject({ state: 'finished', total: 3, done: 3, applied: 1, review: 2, rejected: 0 });
    expect(done.results.map((result) => [result.citekey, result.outcome])).toEqual([
      ['attentionAllYou', 'auto'],
      ['tdMpc2Scalable', 'review'],
      ['offDiagonalRamsey', 'review'],
    ]);
    const attention = await call<Paper>('getPaper', { id: 1 });
    expect(attention.authors).toEqual(['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki']);
    expect(attention).toMatchObject({ year: 2017, citekey: 'attentionAllYou' });

    const reviews = await call<LookupReview[]>('listLookupReviews');
    expect(reviews.map((review) => [review.citekey, review.source, review.foundTitle])).toEqual([
      ['tdMpc2Scalable', 'dblp', 'TD-MPC2: Scalable, Robust World Models for Continuous Control'],
      ['offDiagonalRamsey', 'crossref', 'Off-diagonal book Ramsey numbers'],
    ]);
    expect(reviews[1]?.reasons.join(' ')).toMatch(/alike \(84%\) but not the same/);
    expect(reviews[0]?.changes.find((change) => change.field === 'year')).toEqual({
      field: 'year',
      current: null,
      proposed: 2023,
      kind: 'fill',
    });
  });

  it('fills only the papers of a selection that lack details, and the whole job is one undo step', async () => {
    const { call, waitForJob } = api();
    await call('commitImport', { text: BIB });
    const job = await call<LookupJobProgress>('startLookup', { ids: [1, 2, 3], onlyMissing: true });
    expect(job.total).toBe(2);
    expect(await waitForJob(job.jobId)).toMatchObject({ applied: 2, state: 'finished' });
    // Both arXiv ids went in one batched request.
    expect(fake.arxiv.requests.filter((request) => request.includes('id_list'))).toEqual([
      '/api/query?id_list=1706.03762%2C2310.16828&max_results=2',
    ]);
    expect((await call<{ undoLabel: string }>('undoState')).undoLabel).toBe('Look up 2 papers');
    expect(await call('undo')).toEqual({ label: 'Look up 2 papers' });
    for (const id of [1, 2]) expect((await call<Paper>('getPaper', { id })).authors).toEqual([]);
    expect((await call<Paper>('getPaper', { id: 3 })).authors).toEqual(['Zhu, Jun']);
  });

  it('looks up one chosen paper even when it has its details, and keeps what the person wrote', async () => {
    const { call, waitForJob } = api();
    await call('commitImport', {
      text: '@misc{attention, title = {Attention Is All You Need}, author = {Someone, Else}, year = {2017}, eprint = {1706.03762}, archiveprefix = {arXiv}}',
    });
    const job = await call<LookupJobProgress>('startLookup', { ids: [1] });
    const done = await waitForJob(job.jobId);
    expect(done.total).toBe(1);
    expect(done.results[0]?.applied).not.toContain('authors');
    expect((await call<Paper>('getPaper', { id: 1 })).authors).toEqual(['Someone, Else']);
  });

  it('accepts chosen fields of a match, rejects another, and undo brings the rejected one back', async () => {
    const { call, waitForJob } = api();
    await call('commitImport', { text: LOOKUP_PAGE });
    await waitForJob((await call<LookupJobProgress>('startLookup', { onlyMissing: true })).jobId);
    const [tdmpc, ramsey] = await call<LookupReview[]>('listLookupReviews');
    expect(await call('acceptLookupReview', { id: tdmpc?.id, fields: ['authors'] })).toMatchObject({
      written: ['authors'],
      paper: {
        citekey: 'tdMpc2Scalable',
        year: null,
        authors: ['Hansen, Nicklas', 'Su, Hao', 'Wang, Xiaolong'],
      },
    });
    expect(await call('rejectLookupReview', { id: ramsey?.id })).toBeNull();
    expect(await call('listLookupReviews')).toEqual([]);
    expect((await call<Paper>('getPaper', { id: 3 })).authors).toEqual([]);
    await call('undo');
    expect((await call<LookupReview[]>('listLookupReviews')).map((review) => review.citekey)).toEqual([
      'offDiagonalRamsey',
    ]);
    const { dispatch } = api();
    expect(await dispatch('acceptLookupReview', { id: 1, fields: ['citekey'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it('stops a job when asked, before the next paper, and keeps what was filled in', async () => {
    const { call, waitForJob } = api();
    await call('commitImport', { text: LOOKUP_PAGE });
    // The first paper's DBLP answer is slow: the job is surely in the middle of it when cancelled.
    fake.dblp.script('/search/publ/api', [{ status: 200, body: fixture('dblp/empty.json'), delayMs: 800 }]);
    const job = await call<LookupJobProgress>('startLookup', { onlyMissing: true });
    await vi.waitFor(() => expect(fake.dblp.requests.length).toBe(1));
    expect(await call('cancelLookup', { jobId: job.jobId })).toMatchObject({ state: 'cancelling' });
    const stopped = await waitForJob(job.jobId);
    expect(stopped).toMatchObject({ state: 'cancelled', total: 3, done: 1, applied: 1 });
    expect((await call<Paper>('getPaper', { id: 1 })).year).toBe(2017);
    expect((await call<Paper>('getPaper', { id: 2 })).year).toBeNull();
    expect(fake.dblp.requests).toHaveLength(1);
  });

  it('waits to write its matches while an import runs, instead of blocking main on its lock', async () => {
    // An import that starts just after the lookup does, and runs until `finish`.
    let finish = () => {};
    const importing = new Promise<void>((done) => (finish = done));
    let waits = 0;
    const { call, waitForJob } = api(fake.env, (db) =>
      Object.assign(new ImportRunner(db), {
        idle: () => (waits++ === 0 ? Promise.resolve() : importing),
      }),
    );
    await call('commitImport', { text: LOOKUP_PAGE });
    const job = await call<LookupJobProgress>('startLookup', { onlyMissing: true });
    await vi.waitFor(() => expect(waits).toBe(2), { timeout: 20_000 });
    expect(await call<LookupJobProgress>('lookupProgress', { jobId: job.jobId })).toMatchObject({
      state: 'running',
      applied: 0,
    });
    expect((await call<Paper>('getPaper', { id: 1 })).year).toBeNull();
    finish();
    expect(await waitForJob(job.jobId)).toMatchObject({ state: 'finished', done: 3, applied: 1, review: 2 });
    expect((await call<Paper>('getPaper', { id: 1 })).year).toBe(2017);
  });

  it('leaves out a paper deleted while its match waited, and still ends with every paper counted', async () => {
    let finish = () => {};
    const importing = new Promise<void>((done) => (finish = done));
    let waits = 0;
    let library: LibraryDb | undefined;
    const { call, waitForJob } = api(fake.env, (db) => {
      library = db;
      return Object.assign(new ImportRunner(db), {
        idle: () => (waits++ === 0 ? Promise.resolve() : importing),
      });
    });
    await call('commitImport', { text: LOOKUP_PAGE });
    const job = await call<LookupJobProgress>('startLookup', { onlyMissing: true });
    await vi.waitFor(() => expect(waits).toBe(2), { timeout: 20_000 });
    library?.prepare('DELETE FROM papers WHERE id = 1').run();
    finish();
    const ended = await waitForJob(job.jobId);
    expect(ended).toMatchObject({ state: 'finished', total: 2, done: 2, applied: 0, review: 2 });
    expect(ended.results.map((result) => result.paperId)).toEqual([2, 3]);
  });

  it('sends nothing at all when lookups are off, and says so', async () => {
    const { call, dispatch } = api();
    await call('commitImport', { text: LOOKUP_PAGE });
    expect(await call('setLookupSettings', { enabled: false })).toMatchObject({ enabled: false });
    expect(await dispatch('startLookup', { onlyMissing: true })).toEqual({
      ok: false,
      error: {
        code: 'not_available',
        message: 'Lookups are turned off in the lookup settings; nothing was sent.',
      },
    });
    expect(await dispatch('startLookup', { ids: [1] })).toMatchObject({ ok: false });
    await call('setLookupSettings', { enabled: true, sources: [] });
    expect(await dispatch('startLookup', { ids: [1] })).toMatchObject({
      ok: false,
      error: { message: /No lookup source is turned on/ },
    });
    expect(fake.requestCount()).toBe(0);
  });

  it('stops a running job when lookups are turned off, before its next request', async () => {
    const { call, waitForJob } = api();
    await call('commitImport', { text: LOOKUP_PAGE });
    fake.dblp.script('/search/publ/api', [{ status: 200, body: fixture('dblp/empty.json'), delayMs: 800 }]);
    const job = await call<LookupJobProgress>('startLookup', { onlyMissing: true });
    await vi.waitFor(() => expect(fake.dblp.requests.length).toBe(1));
    await call('setLookupSettings', { enabled: false });
    const sent = fake.requestCount();
    const stopped = await waitForJob(job.jobId);
    expect(stopped.state).toBe('stopped');
    expect(stopped.message).toMatch(/Lookups are turned off/);
    expect(fake.requestCount()).toBe(sent);
  });

  it('never sends the Semantic Scholar key back, only that one is set', async () => {
    const { call, dispatch } = api();
    expect(await call('getLookupSettings')).toEqual({
      enabled: true,
      sources: ['arxiv', 'semanticScholar', 'crossref', 'dblp', 'openReview'],
      crossrefEmail: null,
      s2KeySet: false,
    });
    const set = await call('setLookupSettings', {
      s2ApiKey: 'sk-very-secret',
      crossrefEmail: 'me@example.org',
    });
    expect(set).toEqual({
      enabled: true,
      sources: ['arxiv', 'semanticScholar', 'crossref', 'dblp', 'openReview'],
      crossrefEmail: 'me@example.org',
      s2KeySet: true,
    });
    expect(JSON.stringify(await dispatch('getLookupSettings', {}))).not.toContain('sk-very-secret');
    // Changing something else keeps the key.
    expect(await call('setLookupSettings', { sources: ['dblp', 'arxiv'] })).toMatchObject({
      sources: ['arxiv', 'dblp'],
      s2KeySet: true,
    });
    expect(await call('setLookupSettings', { s2ApiKey: null })).toMatchObject({ s2KeySet: false });
    expect(await dispatch('setLookupSettings', { crossrefEmail: 'not an address' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: '"not an address" is not an email address.' },
    });
    expect(await dispatch('setLookupSettings', { sources: ['google'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it('says plainly when no service can be reached, and changes nothing', async () => {
    const closed = await startFakeSources();
    const env = closed.env;
    await closed.close();
    const { call, waitForJob } = api(env);
    await call('commitImport', { text: LOOKUP_PAGE });
    const done = await waitForJob((await call<LookupJobProgress>('startLookup', { ids: [1] })).jobId);
    expect(done).toMatchObject({ state: 'finished', failed: 1, applied: 0 });
    expect(done.problems.join(' ')).toMatch(
      /could not be reached .*no connection \(offline, or the service is down\)/,
    );
    expect(done.problems.join(' ')).not.toMatch(/ECONNREFUSED|fetch failed|TypeError/);
    expect((await call<Paper>('getPaper', { id: 1 })).authors).toEqual([]);
  });

  it('refuses unknown papers and unknown jobs with clear messages', async () => {
    const { dispatch } = api();
    expect(await dispatch('startLookup', { ids: [99] })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no paper with id 99.' },
    });
    expect(await dispatch('lookupProgress', { jobId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch('startLookup', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });
});

describe('the papers of the newest import without details', () => {
  it('are those the newest import added and still holds, not earlier ones or papers added by hand since', async () => {
    const { call } = api();
    await call('commitImport', { text: 'An Earlier Paper Without Authors\nAnother Earlier One' });
    await call('commitImport', {
      text: `@misc{a, title = {First New Paper}}
@misc{b, title = {Second New Paper}, author = {Zhu, Jun}, year = {2021}}
@misc{c, title = {Third New Paper}, year = {2022}}
@misc{d, title = {Fourth New Paper}, author = {Li, Wei}}`,
    });
    const all = await call<{ ids: number[] }>('listMissingDetails', {});
    const latest = await call<{ ids: number[] }>('listMissingDetails', { latestImport: true });
    const titles = async (ids: number[]) =>
      Promise.all(ids.map(async (id) => (await call<Paper>('getPaper', { id })).title));
    expect(await titles(latest.ids)).toEqual(['First New Paper', 'Third New Paper', 'Fourth New Paper']);
    expect(all.ids).toEqual(expect.arrayContaining(latest.ids));
    expect(all.ids.length).toBe(5);

    await call('addPaper', { title: 'Typed In By Hand' });
    await call('deletePapers', { ids: [latest.ids[1]] });
    const after = await call<{ ids: number[] }>('listMissingDetails', { latestImport: true });
    expect(await titles(after.ids)).toEqual(['First New Paper', 'Fourth New Paper']);
    await call('undo');
    await call('undo');
    await call('undo');
    // With the newest import undone, the one before it is the newest.
    const earlier = await call<{ ids: number[] }>('listMissingDetails', { latestImport: true });
    expect(await titles(earlier.ids)).toEqual(['An Earlier Paper Without Authors', 'Another Earlier One']);
  });
});
