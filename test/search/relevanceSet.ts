/**
 * The relevance set: what a person would type to find a paper in the sample library,
 * and how high that paper must come. Typos, abstract-only words, acronyms, `$Q$` titles.
 */
export const RELEVANCE: { query: string; expect: string; within: 1 | 3 | 10 }[] = [
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

/**
 * The relevance set over the whole sample library: the trending page and the thesis
 * bibliography imported into a real library, searched with authors, years and venues loaded
 * as the app loads them. Author names, year and venue filters, words written joined or apart,
 * whole titles pasted, long queries.
 */
export const LIBRARY_RELEVANCE: { query: string; expect: string; within: 1 | 3 | 10 }[] = [
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
