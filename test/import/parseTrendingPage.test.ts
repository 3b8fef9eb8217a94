import { describe, expect, it } from 'vitest';
import { NothingToImportError } from '../../main/import/nothingToImport';
import { parseTrendingPage } from '../../main/import/parseTrendingPage';
import { MINI_PAGE, MINI_TITLES } from '../fixtures/miniPage';
import { readSample } from '../fixtures/samples';
import {
  AWKWARD_TITLE_PAGE,
  AWKWARD_TITLE_PAPERS,
  SHORT_ABSTRACT_PAGE,
  SHORT_ABSTRACT_PAPERS,
} from '../fixtures/structuredPages';

const sample = readSample('trending-papers.txt');

describe('parseTrendingPage on our own page', () => {
  it('finds every paper, drops the header and footer, and unglues "Subscribe"', () => {
    const { papers } = parseTrendingPage(MINI_PAGE);
    expect(papers.map((paper) => paper.title)).toEqual(MINI_TITLES);
  });

  it('pulls the repository and project links out of the abstract without trailing punctuation', () => {
    const [first] = parseTrendingPage(MINI_PAGE).papers;
    expect(first?.codeUrl).toBe('https://github.com/example/zeta-net');
    expect(first?.url).toBe('https://example.org/zeta');
    expect(first?.abstract).toContain('Code is at https://github.com/example/zeta-net.');
  });

  it.each([
    ['CRLF line ends', (text: string) => text.replace(/\n/g, '\r\n')],
    ['CR line ends', (text: string) => text.replace(/\n/g, '\r')],
    ['a UTF-8 BOM', (text: string) => `\uFEFF${text}`],
    ['blank lines between entries', (text: string) => text.replace(/\n/g, '\n\n\n')],
    ['trailing spaces and tabs', (text: string) => text.replace(/\n/g, '  \t\n')],
    [
      'other header and footer lines',
      (text: string) => `Trending Papers\nSign in\n${text}\nPage 1 of 12\nNext`,
    ],
    ['decomposed accents', (text: string) => text.normalize('NFD')],
  ])('gives the same papers with %s', (_name, vary) => {
    expect(parseTrendingPage(vary(MINI_PAGE)).papers).toEqual(parseTrendingPage(MINI_PAGE).papers);
  });

  it('reads a list of titles, one per line, as papers without abstracts', () => {
    const { papers } = parseTrendingPage(`${MINI_TITLES.join('\n')}\n`);
    expect(papers.map((paper) => paper.title)).toEqual(MINI_TITLES);
    expect(papers.every((paper) => paper.abstract === null)).toBe(true);
  });

  it('keeps a paper without an abstract that sits inside the list', () => {
    const lines = MINI_PAGE.split('\n');
    lines.splice(4, 0, 'A Title Between Two Papers');
    const titles = parseTrendingPage(lines.join('\n')).papers.map((paper) => paper.title);
    expect(titles).toContain('A Title Between Two Papers');
  });

  it.each([
    ['empty text', ''],
    ['only white space', ' \n\r\n\t '],
    ['only page noise', 'Get trending papers in your email inbox!\nSubscribe\nLoad more\n123 stars'],
    ['numbers and symbols', '12345\n---\n**\n2026-01-01'],
    ['an abstract with no title', `${'This is a sentence that goes on. '.repeat(12)}`],
  ])('refuses %s with a clear message', (_name, text) => {
    expect(() => parseTrendingPage(text)).toThrow(NothingToImportError);
    expect(() => parseTrendingPage(text)).toThrow(/no paper titles/i);
  });

  it('reports an abstract with no title instead of dropping it silently', () => {
    const orphan = `${'An orphan sentence that keeps going. '.repeat(10)}`;
    const { warnings } = parseTrendingPage(`${orphan}\n${MINI_PAGE}`);
    expect(warnings.some((warning) => /Line 1: text with no title/.test(warning))).toBe(true);
  });
});

describe('parseTrendingPage reads the page structure, not single lines', () => {
  it.each([
    ['one-sentence abstracts', SHORT_ABSTRACT_PAGE, SHORT_ABSTRACT_PAPERS],
    ['long, sentence-case and period-ending titles', AWKWARD_TITLE_PAGE, AWKWARD_TITLE_PAPERS],
  ])('finds every paper with its abstract on a page with %s', (_name, text, expected) => {
    const { papers } = parseTrendingPage(text);
    expect(papers.map(({ title, abstract }) => ({ title, abstract }))).toEqual(expected);
  });

  it('keeps a title list with one prose-like title a title list', () => {
    const titles = [
      ...MINI_TITLES,
      'Simple baselines are strong.',
      'Do vision transformers see like people do?',
    ];
    const { papers } = parseTrendingPage(titles.join('\n'));
    expect(papers.map((paper) => paper.title)).toEqual(titles);
    expect(papers.every((paper) => paper.abstract === null)).toBe(true);
  });

  it.each([
    ['a dollar sign', 'Subscribe$Q$-Learning at Scale', '$Q$-Learning at Scale'],
    ['a digit', 'Subscribe3D Gaussian Splatting for Robots', '3D Gaussian Splatting for Robots'],
    ['a quote', 'Subscribe"Why Should I Trust You?" Revisited', '"Why Should I Trust You?" Revisited'],
    ['a bracket', 'Subscribe[Re] Deep Residual Learning', '[Re] Deep Residual Learning'],
    ['a parenthesis', 'Follow(Almost) Free Lunches in RL', '(Almost) Free Lunches in RL'],
  ])('cuts a sign-up word glued to a title that starts with %s', (_name, line, title) => {
    expect(parseTrendingPage(`${line}\n${MINI_PAGE.split('\n').slice(3).join('\n')}`).papers[0]?.title).toBe(
      title,
    );
  });

  it('keeps a title that only starts like a sign-up word', () => {
    const { papers } = parseTrendingPage(
      'Followers of the Leader in Multi-Agent RL\nSubscribers Predict Churn',
    );
    expect(papers.map((paper) => paper.title)).toEqual([
      'Followers of the Leader in Multi-Agent RL',
      'Subscribers Predict Churn',
    ]);
  });
});

describe.skipIf(sample === null)('parseTrendingPage on the shared trending-papers sample', () => {
  const text = sample ?? '';

  it('finds exactly 249 papers with exact first and last titles', () => {
    const { papers } = parseTrendingPage(text);
    expect(papers).toHaveLength(249);
    expect(papers[0]?.title).toBe(
      'SAC Flow: Sample-Efficient Reinforcement Learning of Flow-Based Policies via Velocity-Reparameterized Sequential Modeling',
    );
    expect(papers.at(-1)?.title).toBe('Representation-Driven Reinforcement Learning');
  });

  it('keeps $Q$ as written and every abstract complete', () => {
    const { papers } = parseTrendingPage(text);
    const titles = papers.map((paper) => paper.title);
    expect(titles).toContain(
      'Parallel $Q$-Learning: Scaling Off-policy Reinforcement Learning under Massively Parallel Simulation',
    );
    expect(papers.every((paper) => paper.abstract !== null && paper.abstract.length > 500)).toBe(true);
    expect(papers[0]?.abstract?.endsWith('like policy distillation or surrogate objectives.')).toBe(true);
  });

  it('stores the code link without the sentence-ending dot', () => {
    const tool = parseTrendingPage(text).papers.find((paper) => paper.title.startsWith('Tool-R1:'));
    expect(tool?.codeUrl).toBe('https://github.com/YBYBZhang/Tool-R1');
  });

  it('gives the same 249 papers with CRLF, BOM and blank lines', () => {
    const varied = `\uFEFF${text.replace(/\n/g, '\r\n\r\n')}`;
    expect(parseTrendingPage(varied).papers).toEqual(parseTrendingPage(text).papers);
  });
});
