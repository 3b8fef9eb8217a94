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

/**
 * The relevance set: what a person would type to find a paper in the sample library,
 * and how high that paper must come. Typos, abstract-only words, acronyms, `$Q$` titles.
 */
const RELEVANCE: { query: string; expect: string; within: 1 | 3 | 10 }[] = [
  { query: 'efficentzero', expect: 'EfficientZero V2:', within: 1 },
  { query: 'reinforcment lerning submodular', expect: 'Submodular Reinforcement Learning', within: 1 },
  { query: 'sac flow', expect: 'SAC Flow:', within: 1 },
  { query: 'tool-r1', expect: 'Tool-R1:', within: 1 },
  { query: 'parallel q-learning', expect: 'Parallel $Q$-Learning:', within: 1 },
  { query: 'iterated q network', expect: 'Iterated $Q$-Network:', within: 1 },
  { query: 'TD-MPC2', expect: 'TD-MPC2:', within: 1 },
  { query: 'masked world models', expect: 'Masked World Models for Visual Control', within: 1 },
  { query: 'travelling salesman', expect: 'Travelling Salesman Problem', within: 1 },
  { query: 'traveling salesmen', expect: 'Travelling Salesman Problem', within: 1 },
  { query: 'salesman travelling', expect: 'Travelling Salesman Problem', within: 1 },
  { query: 'rocket league', expect: 'Lucy-SKG:', within: 1 },
  { query: 'greenhouse', expect: 'Autonomous Greenhouse Control', within: 1 },
  { query: 'dexterous humanoids', expect: 'Dexterous Manipulation on Humanoids', within: 1 },
  { query: 'langevin monte carlo', expect: 'Langevin Monte Carlo', within: 1 },
  { query: 'MoDem', expect: 'MoDem:', within: 1 },
  { query: 'CVaR', expect: 'Iterated CVaR', within: 1 },
  { query: 'pomdps hindsight', expect: 'POMDPs with Multiple Observations In Hindsight', within: 1 },
  { query: 'kimina prover', expect: 'Kimina-Prover Preview', within: 1 },
  { query: 'atari tokens', expect: 'Learning to Play Atari in a World of Tokens', within: 1 },
  { query: 'supervoxel segmentation', expect: 'Supervoxel-level', within: 1 },
  { query: 'molecular desgin', expect: 'Self-conditioned Molecular Design', within: 1 },
  { query: 'exprience replay reshufling', expect: 'Experience Replay with Random Reshuffling', within: 1 },
  { query: '100000 fps', expect: 'Sample Factory:', within: 1 },
  { query: 'IFDECORATOR', expect: 'IFDECORATOR:', within: 1 },
  { query: 'BAPO', expect: 'BAPO:', within: 1 },
  { query: 'robotics survey', expect: 'Deep Reinforcement Learning for Robotics: A Survey', within: 3 },
  { query: 'GAIA benchmark', expect: 'Tool-R1:', within: 3 },
  { query: 'noise-augmented rollout', expect: 'SAC Flow:', within: 3 },
  { query: 'vanishing exploding gradients rnns', expect: 'SAC Flow:', within: 10 },
];

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

/**
 * The relevance set over the whole sample library: the trending page and the thesis
 * bibliography imported into a real library, searched with authors, years and venues loaded
 * as the app loads them. Author names, year and venue filters, words written joined or apart,
 * whole titles pasted, long queries.
 */
const LIBRARY_RELEVANCE: { query: string; expect: string; within: 1 | 3 | 10 }[] = [
  { query: 'dirksen', expect: 'Design for how people learn', within: 1 },
  { query: 'chen wagner', expect: 'MOPS:', within: 1 },
  { query: 'author:wagner', expect: 'MOPS:', within: 1 },
  {
    query: 'author:lipford education',
    expect: 'Interactive support for secure programming education',
    within: 1,
  },
  { query: 'author:"heather lipford" ide', expect: 'ASIDE: IDE support', within: 3 },
  { query: 'security year:2020..2021', expect: 'Understanding security mistakes developers make', within: 1 },
  { query: 'black box year:2015', expect: 'Black Box Thinking', within: 1 },
  { query: 'venue:"ieee security" software security', expect: 'Software security', within: 1 },
  { query: 'modelbased greenhouse', expect: 'Robust Model-based Reinforcement Learning', within: 1 },
  { query: 'samplefactory', expect: 'Sample Factory:', within: 1 },
  { query: 'efficient zero', expect: 'EfficientZero V2', within: 1 },
  { query: 'taint droid', expect: 'TaintDroid:', within: 1 },
  { query: 'capturerecapture', expect: 'capture-recapture models', within: 1 },
  { query: 'codereuse attacks', expect: 'The Continuing Arms Race', within: 1 },
  { query: 'inputvalidation', expect: 'input-validation vulnerabilities', within: 1 },
  { query: 'Using Static Analysis to Find Bugs', expect: 'Using Static Analysis to Find Bugs', within: 1 },
  {
    query: 'The Continuing Arms Race: Code-Reuse Attacks and Defenses',
    expect: 'The Continuing Arms Race',
    within: 1,
  },
  {
    query: 'Black Box Thinking: Why Most People Never Learn from Their Mistakes--But Some Do',
    expect: 'Black Box Thinking',
    within: 1,
  },
  {
    query: 'How is Security Testing Done in Agile Teams? A Cross-Case Analysis of Four Software Teams',
    expect: 'How is Security Testing Done in Agile Teams?',
    within: 1,
  },
  {
    query: 'Masked World Models for Visual Control',
    expect: 'Masked World Models for Visual Control',
    within: 1,
  },
  {
    query: 'using static analysis to find bugs in the real world',
    expect: 'A few billion lines of code later',
    within: 1,
  },
  {
    query: 'why do developers not use static analysis tools',
    expect: "Why don't software developers use static analysis tools",
    within: 1,
  },
  {
    query: 'qualitative analysis of security mistakes developers make',
    expect: 'Understanding security mistakes developers make',
    within: 1,
  },
];

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
