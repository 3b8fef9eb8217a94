import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface FakeServer {
  /** http://127.0.0.1:PORT, to stand for every source's origin. */
  origin: string;
  /** The environment that points every source here. */
  env: Record<string, string>;
  /** Every request's path and query, in order. */
  requests: string[];
  /** The most requests that were open at once. */
  maxInFlight: number;
  /** The next requests whose path contains `pathPart` get these replies, in order, then the fixtures. */
  script(pathPart: string, replies: FakeReply[]): void;
  close(): Promise<void>;
}

const XML = { 'content-type': 'application/atom+xml; charset=utf-8' };
const JSON_TYPE = { 'content-type': 'application/json' };
/** What Crossref sends with every answer. */
const CROSSREF_LIMITS = { 'x-rate-limit-limit': '50', 'x-rate-limit-interval': '1s' };

function file(path: string): string | null {
  const full = join(FIXTURES, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
}

const safe = (id: string) => id.replace(/\//g, '-');

/** One feed with the entry of every id we have a fixture for, as arXiv answers an id_list of several. */
function batchFeed(ids: readonly string[]): string {
  const empty = file('arxiv/empty.xml') ?? '';
  const entries = ids.map((id) => {
    const feed = file(`arxiv/id-${safe(id)}.xml`) ?? '';
    const start = feed.indexOf('<entry>');
    return start < 0 ? '' : feed.slice(start, feed.indexOf('</entry>') + '</entry>'.length);
  });
  return empty.replace('</feed>', `${entries.join('\n')}\n</feed>`);
}

/** The documented answer of each source for the fixtures we have; an empty answer otherwise. */
function fixtureReply(url: URL): FakeReply {
  const path = decodeURIComponent(url.pathname);
  const params = url.searchParams;
  if (path === '/api/query') {
    const ids = params.get('id_list');
    if (ids?.includes(',')) return { status: 200, headers: XML, body: batchFeed(ids.split(',')) };
    if (ids)
      return {
        status: 200,
        headers: XML,
        body: file(`arxiv/id-${safe(ids)}.xml`) ?? file('arxiv/empty.xml') ?? '',
      };
    const search = params.get('search_query') ?? '';
    if (search.includes('ti:Attention'))
      return { status: 200, headers: XML, body: file('arxiv/search-attention.xml') ?? '' };
    return { status: 200, headers: XML, body: file('arxiv/empty.xml') ?? '' };
  }
  if (path === '/graph/v1/paper/search/match') {
    const query = (params.get('query') ?? '').toLowerCase();
    if (query.includes('attention is all you need'))
      return { status: 200, headers: JSON_TYPE, body: file('s2/match-attention.json') ?? '' };
    return { status: 404, headers: JSON_TYPE, body: file('s2/not-found.json') ?? '' };
  }
  const s2Paper = /^\/graph\/v1\/paper\/([0-9a-f]{40})$/.exec(path);
  if (s2Paper) {
    const body = file(`s2/paper-${s2Paper[1]}.json`);
    return body
      ? { status: 200, headers: JSON_TYPE, body }
      : { status: 404, headers: JSON_TYPE, body: JSON.stringify({ error: 'Paper not found' }) };
  }
  if (path === '/notes') {
    const body = file(`openreview/note-${safe(params.get('id') ?? '')}.json`);
    return body
      ? { status: 200, headers: JSON_TYPE, body }
      : { status: 404, headers: JSON_TYPE, body: file('openreview/not-found.json') ?? '' };
  }
  const s2 = /^\/graph\/v1\/paper\/(ARXIV|DOI):(.+)$/.exec(path);
  if (s2) {
    const name = `s2/${s2[1] === 'ARXIV' ? 'arxiv' : 'doi'}-${safe(s2[2] ?? '')}.json`;
    const body = file(name);
    return body
      ? { status: 200, headers: JSON_TYPE, body }
      : {
          status: 404,
          headers: JSON_TYPE,
          body: JSON.stringify({ error: `Paper with id ${s2[2]} not found` }),
        };
  }
  if (path.startsWith('/works/')) {
    const body = file(`crossref/work-${safe(path.slice('/works/'.length))}.json`);
    return body
      ? { status: 200, headers: { ...JSON_TYPE, ...CROSSREF_LIMITS }, body }
      : {
          status: 404,
          headers: { 'content-type': 'text/plain', ...CROSSREF_LIMITS },
          body: 'Resource not found.',
        };
  }
  if (path === '/works') {
    const query = (params.get('query.bibliographic') ?? '').toLowerCase();
    const body = query.includes('ramsey')
      ? file('crossref/works-ramsey.json')
      : JSON.stringify({
          status: 'ok',
          'message-type': 'work-list',
          message: { items: [], 'total-results': 0 },
        });
    return { status: 200, headers: { ...JSON_TYPE, ...CROSSREF_LIMITS }, body: body ?? '' };
  }
  if (path === '/search/publ/api') {
    const query = params.get('q') ?? '';
    const name = query.startsWith('TD MPC2')
      ? 'dblp/search-tdmpc2.json'
      : query.startsWith('Computing Machinery')
        ? 'dblp/single-author.json'
        : 'dblp/empty.json';
    return { status: 200, headers: JSON_TYPE, body: file(name) ?? '' };
  }
  return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
}

/** A real HTTP server on 127.0.0.1, port 0, answering like arXiv, Semantic Scholar, Crossref, DBLP and OpenReview. */
export async function startFakeServer(): Promise<FakeServer> {
  const scripts: { pathPart: string; replies: FakeReply[] }[] = [];
  let inFlight = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    fake.requests.push(`${url.pathname}${url.search}`);
    inFlight += 1;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    const scripted = scripts.find(
      (entry) => url.pathname.includes(entry.pathPart) && entry.replies.length > 0,
    );
    const reply = scripted?.replies.shift() ?? fixtureReply(url);
    const send = () => {
      inFlight -= 1;
      if (response.destroyed) return;
      response.writeHead(reply.status, reply.headers ?? {});
      response.end(reply.body ?? '');
    };
    if (reply.delayMs) {
      const timer = setTimeout(send, reply.delayMs);
      response.on('close', () => {
        if (!response.writableEnded) {
          clearTimeout(timer);
          inFlight -= 1;
        }
      });
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const fake: FakeServer = {
    origin,
    env: {
      SHELFMARK_ARXIV_API: origin,
      SHELFMARK_S2_API: origin,
      SHELFMARK_CROSSREF_API: origin,
      SHELFMARK_DBLP_API: origin,
      SHELFMARK_OPENREVIEW_API: origin,
    },
    requests: [],
    maxInFlight: 0,
    script: (pathPart, replies) => void scripts.push({ pathPart, replies: [...replies] }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
