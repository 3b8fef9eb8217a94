import { startFakeServer, type FakeServer } from './fakeServer';

export interface FakeSources {
  arxiv: FakeServer;
  s2: FakeServer;
  crossref: FakeServer;
  dblp: FakeServer;
  /** SHELFMARK_*_API pointing each source at its own server. */
  env: Record<string, string>;
  /** Every request any of them received. */
  requestCount(): number;
  close(): Promise<void>;
}

/**
 * One fake server per source: each is its own host, so arXiv's 3 s pause between requests does
 * not hold up the other sources, as with the real services.
 */
export async function startFakeSources(): Promise<FakeSources> {
  const [arxiv, s2, crossref, dblp] = (await Promise.all([0, 1, 2, 3].map(() => startFakeServer()))) as [
    FakeServer,
    FakeServer,
    FakeServer,
    FakeServer,
  ];
  const all = [arxiv, s2, crossref, dblp];
  return {
    arxiv,
    s2,
    crossref,
    dblp,
    env: {
      SHELFMARK_ARXIV_API: arxiv.origin,
      SHELFMARK_S2_API: s2.origin,
      SHELFMARK_CROSSREF_API: crossref.origin,
      SHELFMARK_DBLP_API: dblp.origin,
    },
    requestCount: () => all.reduce((sum, server) => sum + server.requests.length, 0),
    close: async () => void (await Promise.all(all.map((server) => server.close()))),
  };
}
