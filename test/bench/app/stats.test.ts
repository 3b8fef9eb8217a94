import { describe, expect, it } from 'vitest';
import { percentile, summarize, summarizeRuns } from './stats';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(sorted, 50)).toBe(10);
    expect(percentile(sorted, 95)).toBe(19);
    expect(percentile(sorted, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('gives the median and p95 whatever the order, counting the runs', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5, runs: 5 });
  });

  it('leaves out figures that were not taken', () => {
    expect(summarize([NaN, 2, Infinity, 4])).toEqual({ p50: 2, p95: 4, runs: 2 });
  });
});

describe('summarizeRuns', () => {
  it('summarizes each key over the runs; a key missing from a run counts as not taken', () => {
    const summary = summarizeRuns([{ import_ms: 10, triage_ms: 3 }, { triage_ms: 1 }, { triage_ms: 2 }]);
    expect(summary.import_ms).toEqual({ p50: 10, p95: 10, runs: 1 });
    expect(summary.triage_ms).toEqual({ p50: 2, p95: 3, runs: 3 });
  });
});
