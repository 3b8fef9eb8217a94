import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLookupContext } from '../../../main/lookup/createLookupContext';
import { findCandidates, type LookupQuery } from '../../../main/lookup/findCandidates';
import { DEFAULT_LOOKUP_SETTINGS, type LookupSettings } from '../../../main/lookup/settings';
import { arxivIdRequests } from '../../../main/lookup/sources/arxiv';
import { crossrefDoiRequest } from '../../../main/lookup/sources/crossref';
import { retryAfterMs } from '../../../main/lookup/transport/retryAfter';
import { memoryCache } from '../../../main/lookup/transport/responseCache';
import { ShelfmarkError } from '../../../main/library/ShelfmarkError';
import { fakeClock } from '../fakeClock';
import { startFakeServer, type FakeServer } from '../fakeServer';

let server: FakeServer;
beforeEach(async () => {
  server = await startFakeServer();
});
afterEach(async () => {
  await server.close();
});

function context(options: { settings?: Partial<LookupSettings>; timeoutMs?: number; retries?: number } = {}) {
  const clock = fakeClock();
  const cache = memoryCache(() => clock.now());
  const lookup = createLookupContext({
    settings: { ...DEFAULT_LOOKUP_SETTINGS, ...options.settings },
    cache,
    env: server.env,
    clock,
    timeoutMs: options.timeoutMs ?? 5000,
    retries: options.retries ?? 2,
    backoffMs: 500,
  });
  return { clock, cache, lookup };
}

const ATTENTION = { title: null, arxivId: '1706.03762', doi: null };

describe('the transport, against the fake server', () => {
  it('finds a paper by arXiv id at arXiv and Semantic Scholar, with the origins from SHELFMARK_*_API', async () => {
    const { lookup } = context({ settings: { sources: ['arxiv', 'semanticScholar'] } });
    const found = await findCandidates(ATTENTION, lookup);
    expect(found.byIdentifier).toBe(true);
    expect(found.candidates.map((candidate) => candidate.source).sort()).toEqual([
      'arxiv',
      'semanticScholar',
    ]);
    expect(server.requests.some((path) => path.startsWith('/api/query?id_list=1706.03762'))).toBe(true);
    expect(server.requests.some((path) => path.startsWith('/graph/v1/paper/ARXIV:1706.03762'))).toBe(true);
  });

  it('never sends the same lookup twice: the second answer comes from the cache', async () => {
    const { lookup } = context();
    await findCandidates(ATTENTION, lookup);
    const sent = server.requests.length;
    const again = await findCandidates(ATTENTION, lookup);
    expect(server.requests.length).toBe(sent);
    expect(again.candidates.length).toBeGreaterThan(0);
  });

  it('asks again once an answer is older than its age limit: 30 days for a title search, 180 for an id, 7 for a 404', async () => {
    const { lookup, clock } = context({ settings: { sources: ['dblp', 'crossref'] } });
    const title = { title: 'Computing Machinery and Intelligence', arxivId: null, doi: null };
    const doi = { title: null, arxivId: null, doi: '10.1145/3359591.3359736' };
    const unknown = { title: null, arxivId: null, doi: '10.1145/0000000.0000000' };
    const ask = async (query: LookupQuery) => {
      const before = server.requests.length;
      await findCandidates(query, lookup).catch(() => undefined);
      return server.requests.length - before;
    };
    const day = 24 * 3600 * 1000;
    const pass = (days: number) => clock.sleep(days * day);
    expect([await ask(title), await ask(doi), await ask(unknown)]).toEqual([2, 1, 1]);
    await pass(6);
    expect([await ask(title), await ask(doi), await ask(unknown)]).toEqual([0, 0, 0]);
    await pass(2); // day 8: the 404 has expired
    expect([await ask(title), await ask(doi), await ask(unknown)]).toEqual([0, 0, 1]);
    await pass(23); // day 31: the title search has expired (asked again), the DOI has not
    expect([await ask(title), await ask(doi)]).toEqual([2, 0]);
    await pass(150); // day 181
    expect(await ask(doi)).toBe(1);
  });

  it('sends nothing when lookups are off, and says so', async () => {
    const { lookup } = context({ settings: { enabled: false } });
    await expect(findCandidates(ATTENTION, lookup)).rejects.toThrow(
      /Lookups are turned off in the settings; nothing was sent/,
    );
    await expect(
      findCandidates({ title: 'Attention Is All You Need', arxivId: null, doi: null }, lookup),
    ).rejects.toThrow(ShelfmarkError);
    expect(server.requests).toHaveLength(0);
  });

  it('asks only the sources turned on', async () => {
    const { lookup } = context({ settings: { sources: ['dblp'] } });
    await findCandidates({ title: 'Computing Machinery and Intelligence', arxivId: null, doi: null }, lookup);
    expect(server.requests.every((path) => path.startsWith('/search/publ/api'))).toBe(true);
  });

  it('waits as long as a 429 Retry-After asks, then gets the answer', async () => {
    server.script('/api/query', [{ status: 429, headers: { 'retry-after': '7' }, body: 'Rate exceeded.' }]);
    const { lookup, clock } = context({ settings: { sources: ['arxiv'] } });
    const found = await findCandidates(ATTENTION, lookup);
    expect(found.candidates).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toContain(7000);
  });

  it('retries a 503 with backoff, and gives up with a clear message after the last retry', async () => {
    server.script('/api/query', [{ status: 503 }, { status: 503 }, { status: 503 }]);
    const { lookup, clock } = context({ settings: { sources: ['arxiv'] }, retries: 2 });
    const failure = findCandidates(ATTENTION, lookup);
    await expect(failure).rejects.toThrow(ShelfmarkError);
    await expect(failure).rejects.toThrow(
      /arXiv could not be reached .* unavailable \(HTTP 503\)\. Nothing was changed/,
    );
    expect(server.requests).toHaveLength(3);
    // Backoff doubles: 500 ms, then 1000 ms (the 3 s arXiv pause is longer, and is what is waited).
    expect(clock.sleeps.every((ms) => ms >= 500)).toBe(true);
  });

  it('keeps what the other sources found when one of them is down, and names the one that failed', async () => {
    server.script('/graph/v1/paper/', [{ status: 503 }, { status: 503 }, { status: 503 }]);
    const { lookup } = context({ settings: { sources: ['arxiv', 'semanticScholar'] } });
    const found = await findCandidates(ATTENTION, lookup);
    expect(found.candidates.map((candidate) => candidate.source)).toEqual(['arxiv']);
    expect(found.problems).toEqual([expect.stringMatching(/^Semantic Scholar could not be reached/)]);
  });

  it('gives up on a slow answer after the timeout', async () => {
    server.script('/api/query', [{ status: 200, delayMs: 2000, body: '' }]);
    const { lookup } = context({ settings: { sources: ['arxiv'] }, timeoutMs: 100, retries: 0 });
    await expect(findCandidates(ATTENTION, lookup)).rejects.toThrow(/no answer in time/);
  });

  it('reports malformed XML and JSON as a problem of that source, not as a crash', async () => {
    server.script('/api/query', [{ status: 200, body: '<feed><entry><title>Attention' }]);
    server.script('/graph/v1/paper/', [{ status: 200, body: '{"paperId": "abc", "title": ' }]);
    const { lookup } = context({ settings: { sources: ['arxiv', 'semanticScholar'] } });
    await expect(findCandidates(ATTENTION, lookup)).rejects.toThrow(
      /No source could be asked\. .*arXiv: The answer was not a readable Atom feed.*Semantic Scholar: The answer was not valid JSON/,
    );
  });

  it("reports arXiv's error feed with arXiv's reason", async () => {
    server.script('/api/query', [
      { status: 200, body: (await import('../fixtures')).fixture('arxiv/error.xml') },
    ]);
    const { lookup } = context({ settings: { sources: ['arxiv'] } });
    await expect(findCandidates({ title: null, arxivId: '1234.12345', doi: null }, lookup)).rejects.toThrow(
      /arXiv refused the query: incorrect id format/,
    );
  });

  it('says the network is unreachable when nothing answers', async () => {
    const closed = server.origin;
    await server.close();
    let attempts = 0;
    const lookup = createLookupContext({
      settings: { ...DEFAULT_LOOKUP_SETTINGS, sources: ['crossref'] },
      cache: memoryCache(),
      env: { SHELFMARK_CROSSREF_API: closed },
      clock: fakeClock(),
      retries: 3,
      fetch: (url, init) => {
        attempts += 1;
        return globalThis.fetch(url, init);
      },
    });
    await expect(
      findCandidates({ title: null, arxivId: null, doi: '10.1145/3359591.3359736' }, lookup),
    ).rejects.toThrow(/Crossref could not be reached .* no connection \(offline, or the service is down\)/);
    // Offline is tried once more, not as often as a busy service.
    expect(attempts).toBe(2);
    server = await startFakeServer();
  });

  it('keeps to one arXiv request at a time, at least 3 s apart', async () => {
    const { lookup, clock } = context({ settings: { sources: ['arxiv'] } });
    const ids = ['1706.03762', '2310.16828', 'hep-th/9901001'];
    await Promise.all(ids.map((id) => lookup.send(arxivIdRequests(server.origin, [id])[0]!)));
    expect(server.requests).toHaveLength(3);
    expect(server.maxInFlight).toBe(1);
    expect(clock.sleeps).toEqual([3000, 3000]);
  });

  it("slows down to Crossref's rate-limit headers", async () => {
    server.script('/works/', [
      {
        status: 200,
        headers: { 'x-rate-limit-limit': '1', 'x-rate-limit-interval': '5s' },
        body: '{"message":{}}',
      },
    ]);
    const { lookup, clock } = context({ settings: { sources: ['crossref'] } });
    await lookup.send(crossrefDoiRequest(server.origin, '10.1/a'));
    await lookup.send(crossrefDoiRequest(server.origin, '10.1/b'));
    expect(clock.sleeps).toEqual([5000]);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});
