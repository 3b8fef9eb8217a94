import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('parseOptions', () => {
  it('defaults to 10,000 and 100,000 papers, five runs, an import each run, a table', () => {
    expect(parseOptions([])).toEqual({ sizes: [10_000, 100_000], runs: 5, importRuns: 5, json: false });
  });

  it('reads sizes, runs, import runs and --json', () => {
    expect(parseOptions(['--sizes', '1000,100_000', '--runs', '3', '--import-runs', '1', '--json'])).toEqual({
      sizes: [1000, 100_000],
      runs: 3,
      importRuns: 1,
      json: true,
    });
  });

  it('refuses what it cannot read, naming the flag', () => {
    expect(() => parseOptions(['--runs', 'many'])).toThrow(/--runs must be a whole number/);
    expect(() => parseOptions(['--sizes', '10000,'])).toThrow(/--sizes must be a whole number/);
    expect(() => parseOptions(['--runs'])).toThrow(/--runs needs a value/);
    expect(() => parseOptions(['--fast'])).toThrow(/Unknown argument "--fast"/);
  });
});
