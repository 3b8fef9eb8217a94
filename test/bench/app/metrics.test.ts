import { describe, expect, it } from 'vitest';
import { METRICS } from './metrics';

describe('METRICS', () => {
  it('names each figure once, with its unit in its key', () => {
    const keys = METRICS.map((metric) => metric.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const metric of METRICS) expect(metric.key.endsWith(`_${metric.unit.toLowerCase()}`)).toBe(true);
  });

  it("follows each window step with its server stall and CPU time, the export's stall with its target", () => {
    const keys = METRICS.map((metric) => metric.key);
    for (const step of ['paste', 'triage', 'clear_search', 'export_window']) {
      const at = keys.indexOf(`${step}_ms`);
      expect(keys.slice(at, at + 3)).toEqual([`${step}_ms`, `${step}_stall_ms`, `${step}_cpu_ms`]);
    }
    expect(METRICS.find((metric) => metric.key === 'export_window_stall_ms')?.target).toBe('≤ 50 ms');
    expect(keys).toHaveLength(31);
  });
});
