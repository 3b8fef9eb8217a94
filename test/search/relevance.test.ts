import Fuse from 'fuse.js';
import { expect, it } from 'vitest';
import { parseTrendingPage } from '../../main/import/parseTrendingPage';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { describeWithSample } from '../fixtures/sampleSuite';

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
