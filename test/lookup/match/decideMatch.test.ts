import { describe, expect, it } from 'vitest';
import { decideMatch } from '../../../main/lookup/match/decideMatch';
import { matchText } from '../../../main/lookup/match/matchText';
import { sameTitleWords, titleSimilarity } from '../../../main/lookup/match/similarity';
import { MATCH_CASES } from './matchCorpus';

describe('matchText', () => {
  it('drops LaTeX markup, spells Greek out, folds accents, case and punctuation', () => {
    expect(matchText('$Q$-learning with $\\epsilon$-greedy')).toBe('q learning with epsilon greedy');
    expect(matchText('Q-learning with ε-greedy')).toBe('q learning with epsilon greedy');
    expect(matchText('Schr\\"odinger and \\textsc{Bert}')).toBe('schrodinger and bert');
    expect(matchText('Über {GPT}-4')).toBe('uber gpt 4');
  });

  it('never takes a title with a word more for the same title', () => {
    expect(sameTitleWords('Off-diagonal Ramsey numbers', 'Off-diagonal book Ramsey numbers')).toBe(false);
    expect(titleSimilarity('Off-diagonal Ramsey numbers', 'Off-diagonal book Ramsey numbers')).toBeLessThan(
      0.9,
    );
  });
});

describe('the matching corpus', () => {
  it('has at least 40 cases', () => {
    expect(MATCH_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(MATCH_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const decision = decideMatch(testCase.paper, testCase.candidates);
    expect({ outcome: decision.outcome, reasons: decision.reasons }).toMatchObject({
      outcome: testCase.expected,
    });
    if (decision.outcome === 'auto') expect(decision.best?.candidate.sourceId).toBe(testCase.correct);
    if (decision.outcome !== 'auto') expect(decision.reasons.length).toBeGreaterThan(0);
    if (testCase.publishedVenue !== undefined)
      expect(decision.published?.venue ?? null).toBe(testCase.publishedVenue);
  });

  it('applies no wrong paper automatically; precision and recall over the corpus', () => {
    let applied = 0;
    let appliedRight = 0;
    let wrong = 0;
    let matchable = 0;
    let reviewed = 0;
    for (const testCase of MATCH_CASES) {
      const decision = decideMatch(testCase.paper, testCase.candidates);
      if (testCase.correct !== null) matchable += 1;
      if (decision.outcome === 'review') reviewed += 1;
      if (decision.outcome !== 'auto') continue;
      applied += 1;
      if (decision.best?.candidate.sourceId === testCase.correct) appliedRight += 1;
      else wrong += 1;
    }
    const precision = applied === 0 ? 1 : appliedRight / applied;
    const recall = matchable === 0 ? 1 : appliedRight / matchable;
    console.log(
      `Matching corpus: ${MATCH_CASES.length} cases, ${applied} applied automatically (${wrong} wrong), ` +
        `${reviewed} sent to review; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(${appliedRight} of ${matchable} papers that have a right candidate)`,
    );
    expect(wrong).toBe(0);
    expect(precision).toBe(1);
  });
});

describe('abstractSimilarity', () => {
  it('compares text without spaces two characters at a time', async () => {
    const { abstractSimilarity } = await import('../../../main/lookup/match/similarity');
    const image = '本文提出一种基于深度学习的图像识别方法，在多个数据集上取得了较好的识别效果。';
    const edited = '本文提出一种基于深度学习的图像识别方法，在多个数据集上取得了很好的效果。';
    const speech = '本文研究语音信号的端到端建模，提出一种新的声学模型并在普通话语料上验证。';
    expect(abstractSimilarity(image, edited)).toBeGreaterThan(0.5);
    expect(abstractSimilarity(image, speech)).toBeLessThan(0.2);
  });
});
