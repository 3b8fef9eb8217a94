import { describe, expect, it } from 'vitest';
import { METRICS } from './metrics';

describe('METRICS', () => {
  it('names each figure once, with its unit in its key', () => {
    const keys = METRICS.map((metric) => metric.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const metric of METRICS) expect(metric.key.endsWith(`_${metric.unit.toLowerCase()}`)).toBe(true);
  });
});
