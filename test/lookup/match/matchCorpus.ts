import type { Candidate, PublishedVersion, SourceName } from '../../../main/lookup/candidate';
import type { MatchOutcome, PaperFacts } from '../../../main/lookup/match/decideMatch';

/**
 * The matching corpus: for each case, what Shelfmark knows of a paper, what the sources answered,
 * which candidate (by sourceId) is truly the paper (null: none is), and the outcome we require.
 * Facts are real where the paper is well known; abstracts are shortened. A case whose expected
 * outcome is not "auto" while a correct candidate exists counts against recall, never precision.
 */
export interface MatchCase {
  name: string;
  paper: PaperFacts;
  candidates: Candidate[];
  correct: string | null;
  expected: MatchOutcome;
  /** The published version's venue the decision must report, when there is one. */
  publishedVenue?: string | null;
}

function paper(title: string, facts: Partial<PaperFacts> = {}): PaperFacts {
  return { title, abstract: null, authors: [], year: null, arxivId: null, doi: null, ...facts };
}

let counter = 0;
function cand(
  title: string,
  facts: Partial<Omit<Candidate, 'creators'>> & { authors?: string[]; source?: SourceName } = {},
): Candidate {
  counter += 1;
  const { authors = [], ...rest } = facts;
  return {
    source: 'semanticScholar',
    sourceId: `c${counter}`,
    title,
    abstract: null,
    creators: authors.map((family) => ({
      role: 'author',
      family,
      given: null,
      particle: null,
      suffix: null,
      literal: null,
    })),
    year: null,
    month: null,
    arxivId: null,
    doi: null,
    entryType: 'misc',
    fields: {},
    published: null,
    ...rest,
  };
}

const published = (
  venue: string,
  year: number,
  entryType: 'article' | 'inproceedings' = 'inproceedings',
): PublishedVersion => ({
  entryType,
  venue,
  doi: null,
  year,
  volume: null,
  number: null,
  pages: null,
  publisher: null,
});

const TRANSFORMER =
  'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.';
const TRANSFORMER_PUBLISHED =
  'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks that include an encoder and a decoder. The best performing models also connect the encoder and decoder through an attention mechanism. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.';
const SURVEY =
  'We survey eight years of architectures that descend from the Transformer, from efficient attention to state space models, and chart the open problems.';
const RAMSEY =
  'We study off-diagonal Ramsey numbers r(K_3, K_n) and obtain new lower bounds through a random greedy process that builds triangle-free graphs.';
const BOOK_RAMSEY =
  'A book graph consists of n triangles sharing a common edge. We determine the off-diagonal Ramsey numbers of books up to lower order terms, using the regularity method.';
const TDMPC2 =
  'TD-MPC is a model-based reinforcement learning algorithm that performs local trajectory optimization in the latent space of a learned implicit world model. We present TD-MPC2: a series of improvements upon the TD-MPC algorithm.';
const DEEP_LEARNING_NATURE =
  'Deep learning allows computational models that are composed of multiple processing layers to learn representations of data with multiple levels of abstraction.';
const DEEP_LEARNING_BOOK =
  'An introduction to a broad range of topics in deep learning, covering mathematical and conceptual background, deep learning techniques used in industry, and research perspectives, written as a textbook.';
const QLEARNING =
  'We analyse tabular Q-learning under epsilon-greedy exploration and prove a regret bound that depends on the gap between the best and second best action.';
const BERT =
  'We introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations from Transformers, designed to pretrain deep bidirectional representations from unlabeled text.';
const SCHRODINGER =
  'We cast generative modeling as a Schrödinger bridge problem between the data distribution and a prior, solved with iterative proportional fitting.';
const CHINESE = '本文提出一种基于深度学习的图像识别方法，在多个数据集上取得了较好的识别效果。';
const CHINESE_SPEECH = '本文研究语音信号的端到端建模，提出一种新的声学模型并在普通话语料上验证。';
const RLHF =
  'We scale reinforcement learning from human feedback to models with hundreds of billions of parameters and study reward model overoptimization during training.';
const PARTIAL_A =
  'We propose a contrastive objective for sentence embeddings and evaluate it on semantic textual similarity benchmarks with strong results.';
const PARTIAL_B =
  'We propose a contrastive objective for image embeddings trained on web data and evaluate transfer to detection and segmentation tasks.';
const GENERIC_A = 'This chapter introduces the basic notions of measure theory used in the rest of the book.';
const GENERIC_B =
  'We introduce our survey of distributed consensus protocols and outline the structure of the paper.';

export const MATCH_CASES: MatchCase[] = [
  // Same paper, found by title.
  {
    name: 'exact title and the same abstract',
    paper: paper('Attention Is All You Need', { abstract: TRANSFORMER }),
    candidates: [
      cand('Attention Is All You Need', {
        sourceId: 'vaswani',
        source: 'arxiv',
        abstract: TRANSFORMER,
        arxivId: '1706.03762',
      }),
    ],
    correct: 'vaswani',
    expected: 'auto',
  },
  {
    name: 'case and punctuation differ, authors agree',
    paper: paper('Attention is all you need.', { authors: ['Vaswani', 'Shazeer', 'Parmar'] }),
    candidates: [cand('Attention Is All You Need', { sourceId: 'vaswani', authors: ['Vaswani', 'Shazeer'] })],
    correct: 'vaswani',
    expected: 'auto',
  },
  {
    name: 'the published abstract reworded from the preprint still agrees',
    paper: paper('Attention Is All You Need', { abstract: TRANSFORMER }),
    candidates: [cand('Attention is All you Need', { sourceId: 'vaswani', abstract: TRANSFORMER_PUBLISHED })],
    correct: 'vaswani',
    expected: 'auto',
  },
  {
    name: 'the search lists a survey with a longer title first, the paper second',
    paper: paper('Attention Is All You Need', { abstract: TRANSFORMER }),
    candidates: [
      cand('Attention Is All You Need: A Survey of Its Descendants', {
        sourceId: 'survey',
        abstract: SURVEY,
      }),
      cand('Attention Is All You Need', { sourceId: 'vaswani', abstract: TRANSFORMER }),
    ],
    correct: 'vaswani',
    expected: 'auto',
  },
  {
    name: 'a one-letter typo in a long word of the pasted title',
    paper: paper('Reinforcment Learning from Human Feedback at Scale', { abstract: RLHF }),
    candidates: [
      cand('Reinforcement Learning from Human Feedback at Scale', { sourceId: 'rlhf', abstract: RLHF }),
    ],
    correct: 'rlhf',
    expected: 'auto',
  },
  {
    name: 'hyphenated and joined spellings of one word',
    paper: paper('Pre-training Large Language Models on Code', { authors: ['Chen', 'Tworek'] }),
    candidates: [
      cand('Pretraining large language models on code', {
        sourceId: 'pt',
        authors: ['Chen', 'Tworek', 'Jun'],
      }),
    ],
    correct: 'pt',
    expected: 'auto',
  },
  {
    name: 'British and American spelling',
    paper: paper('Colour Constancy in the Wild', { authors: ['Barron'] }),
    candidates: [cand('Color Constancy in the Wild', { sourceId: 'cc', authors: ['Barron', 'Tsai'] })],
    correct: 'cc',
    expected: 'auto',
  },
  {
    name: 'accented and unaccented author names',
    paper: paper('On Random Graphs I', { authors: ['Erdős', 'Rényi'] }),
    candidates: [cand('On random graphs I', { sourceId: 'er', authors: ['Erdos', 'Renyi'], year: 1959 })],
    correct: 'er',
    expected: 'auto',
  },
  {
    name: 'a particle in the family name',
    paper: paper('Visualizing Data using t-SNE', { authors: ['Maaten', 'Hinton'] }),
    candidates: [
      cand('Visualizing Data using t-SNE', { sourceId: 'tsne', authors: ['Maaten', 'Hinton'], year: 2008 }),
    ],
    correct: 'tsne',
    expected: 'auto',
  },
  {
    name: "DBLP's title with its final period",
    paper: paper('Computing machinery and intelligence', { authors: ['Turing'] }),
    candidates: [
      cand('Computing Machinery and Intelligence.', {
        sourceId: 'turing',
        source: 'dblp',
        authors: ['Turing'],
      }),
    ],
    correct: 'turing',
    expected: 'auto',
  },

  // Identifiers.
  {
    name: "the paper's own arXiv id",
    paper: paper('TD-MPC2: Scalable, Robust World Models for Continuous Control', { arxivId: '2310.16828' }),
    candidates: [
      cand('TD-MPC2: Scalable, Robust World Models for Continuous Control', {
        sourceId: '2310.16828',
        source: 'arxiv',
        arxivId: '2310.16828',
      }),
    ],
    correct: '2310.16828',
    expected: 'auto',
  },
  {
    name: "the paper's own DOI, in another case",
    paper: paper('A Published Paper Found by Its DOI', { doi: '10.1145/3359591.3359736' }),
    candidates: [
      cand('A published paper found by its DOI', {
        sourceId: 'doi',
        source: 'crossref',
        doi: '10.1145/3359591.3359736',
      }),
    ],
    correct: 'doi',
    expected: 'auto',
  },
  {
    name: 'an arXiv id typed wrong: the id answers with another paper',
    paper: paper('Attention Is All You Need', { arxivId: '1706.03763' }),
    candidates: [
      cand('Spectral Sparsification of Graphs', {
        sourceId: 'other',
        source: 'arxiv',
        arxivId: '1706.03763',
      }),
    ],
    correct: null,
    expected: 'review',
  },

  // Subtitles and prefixes.
  {
    name: 'the same main title with a subtitle added, another abstract',
    paper: paper('Mamba: Linear-Time Sequence Modeling with Selective State Spaces', { abstract: SURVEY }),
    candidates: [cand('Mamba: A Survey', { sourceId: 'survey', abstract: SURVEY })],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'the same main title, a different subtitle of similar length, other abstract',
    paper: paper('Deep Residual Learning: Theory', { abstract: RAMSEY }),
    candidates: [cand('Deep Residual Learning: Practice', { sourceId: 'practice', abstract: SURVEY })],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'the same main title, a different subtitle, nothing else to compare',
    paper: paper('World Models: Planning'),
    candidates: [cand('World Models: Learning', { sourceId: 'learning' })],
    correct: null,
    expected: 'review',
  },
  {
    name: 'a title that is a prefix of another, told apart by abstract',
    paper: paper('Off-diagonal Ramsey numbers', { abstract: RAMSEY }),
    candidates: [
      cand('Off-diagonal book Ramsey numbers', {
        sourceId: 'book',
        source: 'crossref',
        abstract: BOOK_RAMSEY,
      }),
    ],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'a title that is a prefix of another, with only the title known',
    paper: paper('Off-diagonal Ramsey numbers'),
    candidates: [
      cand('Off-diagonal book Ramsey numbers', {
        sourceId: 'book',
        source: 'crossref',
        authors: ['Fox', 'He', 'Wigderson'],
      }),
    ],
    correct: null,
    expected: 'review',
  },
  {
    name: 'a title that is a prefix of another, even with the same authors',
    paper: paper('Off-diagonal Ramsey numbers', { authors: ['Fox', 'He', 'Wigderson'] }),
    candidates: [
      cand('Off-diagonal book Ramsey numbers', { sourceId: 'book', authors: ['Fox', 'He', 'Wigderson'] }),
    ],
    correct: null,
    expected: 'review',
  },
  {
    name: 'the longer title looked up: the shorter one is another paper',
    paper: paper('Off-diagonal book Ramsey numbers', { abstract: BOOK_RAMSEY }),
    candidates: [
      cand('Off-diagonal Ramsey numbers', { sourceId: 'short', abstract: RAMSEY }),
      cand('Off-diagonal book Ramsey numbers', { sourceId: 'book', abstract: BOOK_RAMSEY }),
    ],
    correct: 'book',
    expected: 'auto',
  },
  {
    name: 'one word changed in a short title',
    paper: paper('Learning to Walk', { authors: ['Haarnoja'] }),
    candidates: [cand('Learning to Run', { sourceId: 'run', authors: ['Haarnoja'] })],
    correct: null,
    expected: 'review',
  },
  {
    name: 'a version number changed',
    paper: paper('GPT-3 Technical Report', { authors: ['OpenAI'] }),
    candidates: [cand('GPT-4 Technical Report', { sourceId: 'gpt4', authors: ['OpenAI'] })],
    correct: null,
    expected: 'review',
  },
  {
    name: 'a follow-up paper with another subtitle',
    paper: paper('YOLOv3: An Incremental Improvement', { authors: ['Redmon', 'Farhadi'] }),
    candidates: [
      cand('YOLOv4: Optimal Speed and Accuracy of Object Detection', {
        sourceId: 'v4',
        authors: ['Bochkovskiy'],
      }),
    ],
    correct: null,
    expected: 'reject',
  },

  // Two papers with the same title.
  {
    name: 'same title, told apart by abstract',
    paper: paper('Deep Learning', { abstract: DEEP_LEARNING_NATURE }),
    candidates: [cand('Deep Learning', { sourceId: 'book', abstract: DEEP_LEARNING_BOOK, year: 2016 })],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'same title, both papers listed: the one whose authors agree',
    paper: paper('Deep Learning', { authors: ['LeCun', 'Bengio', 'Hinton'], year: 2015 }),
    candidates: [
      cand('Deep Learning', { sourceId: 'book', authors: ['Goodfellow', 'Bengio', 'Courville'], year: 2016 }),
      cand('Deep learning', { sourceId: 'nature', authors: ['LeCun', 'Bengio', 'Hinton'], year: 2015 }),
    ],
    correct: 'nature',
    expected: 'auto',
  },
  {
    name: 'same title, told apart by year',
    paper: paper('Graph Neural Networks', { year: 1995 }),
    candidates: [cand('Graph Neural Networks', { sourceId: 'gnn2019', year: 2019, authors: ['Wu'] })],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'same title, no author in common',
    paper: paper('A Survey of Large Language Models', { authors: ['Zhao', 'Zhou', 'Li'] }),
    candidates: [
      cand('A Survey of Large Language Models', { sourceId: 'other', authors: ['Minaee', 'Mikolov'] }),
    ],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'same generic title, unrelated abstracts',
    paper: paper('Introduction', { abstract: GENERIC_A }),
    candidates: [cand('Introduction', { sourceId: 'intro', abstract: GENERIC_B })],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'same title, abstracts only partly agree',
    paper: paper('Contrastive Learning of Embeddings', { abstract: PARTIAL_A }),
    candidates: [cand('Contrastive Learning of Embeddings', { sourceId: 'partial', abstract: PARTIAL_B })],
    correct: null,
    expected: 'review',
  },
  {
    name: 'same title by the same author, two different papers both fit',
    paper: paper('Notes on Consensus', { authors: ['Lamport'] }),
    candidates: [
      cand('Notes on Consensus', { sourceId: 'one', authors: ['Lamport'], doi: '10.1/one' }),
      cand('Notes on consensus', { sourceId: 'two', authors: ['Lamport'], doi: '10.1/two' }),
    ],
    correct: null,
    expected: 'review',
  },
  {
    name: 'same paper, years four apart: a person should look',
    paper: paper('Attention Is All You Need', { abstract: TRANSFORMER, year: 2017 }),
    candidates: [cand('Attention Is All You Need', { sourceId: 'late', abstract: TRANSFORMER, year: 2021 })],
    correct: 'late',
    expected: 'review',
  },
  {
    name: 'same title and year but nothing else to compare',
    paper: paper('Neural Ordinary Differential Equations', { year: 2018 }),
    candidates: [cand('Neural Ordinary Differential Equations', { sourceId: 'node', year: 2018 })],
    correct: 'node',
    expected: 'review',
  },

  // LaTeX in titles.
  {
    name: 'math and Greek in LaTeX against Unicode',
    paper: paper('$Q$-learning with $\\epsilon$-greedy exploration', { abstract: QLEARNING }),
    candidates: [cand('Q-learning with ε-greedy exploration', { sourceId: 'q', abstract: QLEARNING })],
    correct: 'q',
    expected: 'auto',
  },
  {
    name: 'a LaTeX accent against the composed letter',
    paper: paper('Schr\\"odinger Bridges for Generative Modeling', { abstract: SCHRODINGER }),
    candidates: [
      cand('Schrödinger bridges for generative modeling', { sourceId: 'sb', abstract: SCHRODINGER }),
    ],
    correct: 'sb',
    expected: 'auto',
  },
  {
    name: 'a formatting command around a name',
    paper: paper(
      '\\textsc{Bert}: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      { abstract: BERT },
    ),
    candidates: [
      cand('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', {
        sourceId: 'bert',
        abstract: BERT,
      }),
    ],
    correct: 'bert',
    expected: 'auto',
  },
  {
    name: 'math with commands against its plain writing',
    paper: paper('$\\mathcal{O}(n \\log n)$ Sorting Networks', { authors: ['Ajtai', 'Komlos', 'Szemeredi'] }),
    candidates: [
      cand('O(n log n) sorting networks', { sourceId: 'aks', authors: ['Ajtai', 'Komlós', 'Szemerédi'] }),
    ],
    correct: 'aks',
    expected: 'auto',
  },
  {
    name: 'braces protecting capitals',
    paper: paper('{GPT}-{4} Technical Report', { authors: ['OpenAI'] }),
    candidates: [cand('GPT-4 Technical Report', { sourceId: 'gpt4', authors: ['OpenAI'] })],
    correct: 'gpt4',
    expected: 'auto',
  },

  // Non-English titles.
  {
    name: 'a German title with and without umlauts',
    paper: paper('Zur Elektrodynamik bewegter Körper', { authors: ['Einstein'] }),
    candidates: [
      cand('Zur Elektrodynamik bewegter Korper', { sourceId: 'einstein', authors: ['Einstein'], year: 1905 }),
    ],
    correct: 'einstein',
    expected: 'auto',
  },
  {
    name: 'a German title against its English translation',
    paper: paper('Zur Elektrodynamik bewegter Körper', { authors: ['Einstein'] }),
    candidates: [
      cand('On the Electrodynamics of Moving Bodies', { sourceId: 'translation', authors: ['Einstein'] }),
    ],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'a French title with its accents lost',
    paper: paper('Sur les équations aux dérivées partielles', { authors: ['Poincaré'] }),
    candidates: [
      cand('Sur les equations aux derivees partielles', { sourceId: 'fr', authors: ['Poincare'] }),
    ],
    correct: 'fr',
    expected: 'auto',
  },
  {
    name: 'a Chinese title and abstract',
    paper: paper('基于深度学习的图像识别', { abstract: CHINESE }),
    candidates: [cand('基于深度学习的图像识别', { sourceId: 'zh', abstract: CHINESE })],
    correct: 'zh',
    expected: 'auto',
  },
  {
    name: 'a Chinese title one topic apart, another abstract',
    paper: paper('基于深度学习的图像识别', { abstract: CHINESE }),
    candidates: [cand('基于深度学习的语音识别', { sourceId: 'speech', abstract: CHINESE_SPEECH })],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'a Japanese title against an English one',
    paper: paper('深層学習による画像認識'),
    candidates: [cand('Image Recognition with Deep Learning', { sourceId: 'en' })],
    correct: null,
    expected: 'reject',
  },

  // Preprints with a published version.
  {
    name: 'a preprint by arXiv id; Semantic Scholar knows the conference version',
    paper: paper('Attention Is All You Need', { abstract: TRANSFORMER, arxivId: '1706.03762' }),
    candidates: [
      cand('Attention Is All You Need', {
        sourceId: '1706.03762',
        source: 'arxiv',
        arxivId: '1706.03762',
        abstract: TRANSFORMER,
      }),
      cand('Attention is All you Need', {
        sourceId: 's2',
        arxivId: '1706.03762',
        published: published('Neural Information Processing Systems', 2017),
      }),
    ],
    correct: '1706.03762',
    expected: 'auto',
    publishedVenue: 'Neural Information Processing Systems',
  },
  {
    name: 'a pasted preprint found by title; DBLP lists the conference paper beside the CoRR copy',
    paper: paper('TD-MPC2: Scalable, Robust World Models for Continuous Control', { abstract: TDMPC2 }),
    candidates: [
      cand('TD-MPC2: Scalable, Robust World Models for Continuous Control', {
        sourceId: 'arxiv',
        source: 'arxiv',
        arxivId: '2310.16828',
        abstract: TDMPC2,
        authors: ['Hansen', 'Su', 'Wang'],
        year: 2023,
      }),
      cand('TD-MPC2: Scalable, Robust World Models for Continuous Control', {
        sourceId: 'corr',
        source: 'dblp',
        arxivId: '2310.16828',
        authors: ['Hansen', 'Su', 'Wang'],
      }),
      cand('TD-MPC2: Scalable, Robust World Models for Continuous Control', {
        sourceId: 'iclr',
        source: 'dblp',
        authors: ['Hansen', 'Su', 'Wang'],
        published: published('ICLR', 2024),
      }),
    ],
    correct: 'arxiv',
    expected: 'auto',
    publishedVenue: 'ICLR',
  },
  {
    name: 'a preprint whose only "published" candidate is the earlier paper it builds on',
    paper: paper('TD-MPC2: Scalable, Robust World Models for Continuous Control', { abstract: TDMPC2 }),
    candidates: [
      cand('TD-MPC2: Scalable, Robust World Models for Continuous Control', {
        sourceId: 'arxiv',
        source: 'arxiv',
        abstract: TDMPC2,
        authors: ['Hansen', 'Su', 'Wang'],
      }),
      cand('Temporal Difference Learning for Model Predictive Control', {
        sourceId: 'tdmpc',
        source: 'dblp',
        authors: ['Hansen', 'Wang', 'Su'],
        published: published('ICML', 2022),
      }),
    ],
    correct: 'arxiv',
    expected: 'auto',
    publishedVenue: null,
  },
  {
    name: 'a bioRxiv preprint with the same title by other authors',
    paper: paper('Ramsey numbers in biology', { authors: ['Smith'] }),
    candidates: [
      cand('Ramsey numbers in biology', { sourceId: 'biorxiv', source: 'crossref', authors: ['Other'] }),
    ],
    correct: null,
    expected: 'reject',
  },

  // Nothing found.
  {
    name: 'no source knows the paper',
    paper: paper('An Unpublished Note on Nothing', { abstract: GENERIC_A }),
    candidates: [],
    correct: null,
    expected: 'reject',
  },
  {
    name: 'the sources answer only with unrelated papers',
    paper: paper('Sparse Mixture of Experts for Protein Folding', { abstract: PARTIAL_A }),
    candidates: [
      cand('Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer', {
        sourceId: 'moe',
      }),
      cand('Highly accurate protein structure prediction with AlphaFold', { sourceId: 'af' }),
    ],
    correct: null,
    expected: 'reject',
  },
];
