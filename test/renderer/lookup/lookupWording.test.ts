import { describe, expect, it } from 'vitest';
import type { LookupJobProgress } from '../../../preload/api';
import { fieldText, jobSummary, progressLine } from '../../../renderer/src/lookup/lookupWording';

const job = (change: Partial<LookupJobProgress>): LookupJobProgress => ({
  jobId: 1,
  state: 'running',
  total: 5,
  done: 2,
  applied: 1,
  review: 1,
  rejected: 0,
  failed: 0,
  results: [],
  problems: [],
  message: null,
  ...change,
});

describe('what the window says about a lookup', () => {
  it('counts progress, and says when it is stopping', () => {
    expect(progressLine(job({}))).toBe('Looking up: 2 of 5 papers (1 filled in, 1 for review)');
    expect(progressLine(job({ state: 'cancelling', failed: 1 }))).toBe(
      'Stopping after this paper: 2 of 5 papers (1 filled in, 1 for review, 1 failed)',
    );
  });

  it('sums up a job in the toasts’ style', () => {
    expect(jobSummary(job({ state: 'finished', done: 5, applied: 3, review: 1, rejected: 1 }))).toBe(
      'Filled in 3 papers; 1 match waits for review; 1 without a match',
    );
    expect(jobSummary(job({ state: 'cancelled', applied: 0, review: 2 }))).toBe(
      'Nothing filled in; 2 matches wait for review; stopped after 2 of 5',
    );
    expect(jobSummary(job({ state: 'stopped', message: 'Lookups are turned off.' }))).toBe(
      'The lookup stopped after 2 of 5 papers: Lookups are turned off.',
    );
    expect(
      jobSummary(
        job({ state: 'finished', total: 0, message: 'Every paper already has its authors and a year.' }),
      ),
    ).toBe('Every paper already has its authors and a year.');
  });

  it('shows names given-first and nothing as a dash', () => {
    expect(
      fieldText([
        { role: 'author', family: 'Hansen', given: 'Nicklas', particle: null, suffix: null, literal: null },
        { role: 'author', family: null, given: null, particle: null, suffix: null, literal: 'OpenAI' },
      ]),
    ).toBe('Nicklas Hansen, OpenAI');
    expect(fieldText(null)).toBe('—');
    expect(fieldText([])).toBe('—');
    expect(fieldText(2023)).toBe('2023');
  });
});
