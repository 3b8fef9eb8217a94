import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLibrary } from '../../main/db/openLibrary';
import { parseTrendingPage } from '../../main/import/parseTrendingPage';
import { commitImport } from '../../main/library/importText';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { loadAllDocuments } from '../../main/search/searchDocuments';
import { describeWithSample } from '../fixtures/sampleSuite';
import { readSample } from '../fixtures/samples';
import { LIBRARY_RELEVANCE, RELEVANCE } from './relevanceSet';

describeWithSample('trending-papers.txt', 'search relevance on the sample library', (sample) => {
  const papers = parseTrendingPage(sample).papers;
  const docs: SearchDocument[] = papers.map((paper, index) => ({
    id: index + 1,
    title: paper.title,
    abstract: paper.abstract ?? '',
    notes: '',
    tags: [],
    status: 'unread',
  }));
  const index = new SearchIndex();
  docs.forEach((doc) => index.add(doc));
  const titleOf = (id: number) => docs[id - 1]?.title ?? '';

  const engineRank = (query: string, expected: string) =>
    index.search(query, { limit: 10 }).hits.findIndex((hit) => titleOf(hit.id).includes(expected));

  it.each(RELEVANCE)('"$query" finds "$expect" in the top $within', ({ query, expect: expected, within }) => {
    const rank = engineRank(query, expected);
    expect(
      rank,
      `ranked ${rank + 1}; top 3: ${index
        .search(query, { limit: 3 })
        .hits.map((hit) => titleOf(hit.id))
        .join(' | ')}`,
    ).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(within);
  });

  it('does at least as well as plain fuse.js over all four fields', () => {
    const fuse = new Fuse(docs, {
      keys: ['title', 'abstract', 'tags', 'notes'],
      ignoreLocation: true,
      includeScore: true,
    });
    const fuseHits = RELEVANCE.filter(({ query, expect: expected, within }) =>
      fuse.search(query, { limit: within }).some((result) => result.item.title.includes(expected)),
    ).length;
    const engineHits = RELEVANCE.filter(({ query, expect: expected, within }) => {
      const rank = engineRank(query, expected);
      return rank >= 0 && rank < within;
    }).length;
    console.log(
      `relevance: shelfmark ${engineHits}/${RELEVANCE.length}, plain fuse.js ${fuseHits}/${RELEVANCE.length}`,
    );
    expect(engineHits).toBeGreaterThanOrEqual(fuseHits);
  });
});

function describeWithSamples(title: string, body: (page: string, bib: string) => void): void {
  describeWithSample('real-thesis.bib', title, (bib) => {
    const page = readSample('trending-papers.txt');
    if (page === null) it.skip('needs trending-papers.txt as well', () => {});
    else body(page, bib);
  });
}

describeWithSamples('search relevance on the sample page and thesis bibliography', (page, bib) => {
  let docs: SearchDocument[] = [];
  const index = new SearchIndex();
  const dir = mkdtempSync(join(tmpdir(), 'shelfmark-relevance-'));
  beforeAll(async () => {
    const db = openLibrary(join(dir, 'library.sqlite'));
    try {
      await commitImport(db, page);
      await commitImport(db, bib);
      docs = loadAllDocuments(db);
    } finally {
      db.close();
    }
    docs.forEach((doc) => index.add(doc));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const titleOf = (id: number) => docs.find((doc) => doc.id === id)?.title ?? '';
  const engineRank = (query: string, expected: string) =>
    index.search(query, { limit: 10 }).hits.findIndex((hit) => titleOf(hit.id).includes(expected));

  it.each(LIBRARY_RELEVANCE)(
    '"$query" finds "$expect" in the top $within',
    ({ query, expect: expected, within }) => {
      const rank = engineRank(query, expected);
      const top = index
        .search(query, { limit: 3 })
        .hits.map((hit) => titleOf(hit.id))
        .join(' | ');
      expect(rank, `ranked ${rank + 1}; top 3: ${top}`).toBeGreaterThanOrEqual(0);
      expect(rank, `top 3: ${top}`).toBeLessThan(within);
    },
  );

  it('keeps a long query to the papers that match most of its words', () => {
    const result = index.search('Using Static Analysis to Find Bugs', { limit: 1000 });
    // Five words that are not stopwords: each paper must match at least three of them.
    expect(result.hits.every((hit) => hit.matchedWords >= 3)).toBe(true);
    expect(result.total).toBeLessThan(docs.length / 20);
    for (const hit of result.hits.slice(0, 3))
      expect(titleOf(hit.id).toLowerCase()).toContain('static analysis');
  });

  it('does at least as well as plain fuse.js over the same fields', () => {
    const fuse = new Fuse(docs, {
      keys: ['title', 'authors', 'venue', 'tags', 'notes', 'abstract'],
      ignoreLocation: true,
      includeScore: true,
    });
    const fuseHits = LIBRARY_RELEVANCE.filter(({ query, expect: expected, within }) =>
      fuse.search(query, { limit: within }).some((result) => result.item.title.includes(expected)),
    ).length;
    const engineHits = LIBRARY_RELEVANCE.filter(({ query, expect: expected, within }) => {
      const rank = engineRank(query, expected);
      return rank >= 0 && rank < within;
    }).length;
    console.log(
      `relevance (page + thesis, ${docs.length} papers): shelfmark ${engineHits}/${LIBRARY_RELEVANCE.length}, plain fuse.js ${fuseHits}/${LIBRARY_RELEVANCE.length}`,
    );
    expect(engineHits).toBe(LIBRARY_RELEVANCE.length);
    expect(engineHits).toBeGreaterThanOrEqual(fuseHits);
  });
});
