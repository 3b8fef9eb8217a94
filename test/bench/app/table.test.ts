import { describe, expect, it } from 'vitest';
import type { Metric } from './metrics';
import type { Summary } from './stats';
import { formatFigure, renderTable } from './table';

describe('formatFigure', () => {
  it('writes milliseconds, seconds and megabytes as people read them', () => {
    expect(formatFigure(0.42, 'ms')).toBe('0.4 ms');
    expect(formatFigure(38.4, 'ms')).toBe('38 ms');
    expect(formatFigure(2834, 'ms')).toBe('2.83 s');
    expect(formatFigure(24_250, 'ms')).toBe('24.3 s');
    expect(formatFigure(242_000, 'ms')).toBe('242 s');
    expect(formatFigure(1754.6, 'MB')).toBe('1,755 MB');
    expect(formatFigure(NaN, 'ms')).toBe('—');
  });
});

describe('renderTable', () => {
  const metrics: Metric[] = [
    { key: 'import_ms', label: 'import', unit: 'ms', target: '≤ 3 s' },
    { key: 'server_rss_mb', label: 'server memory', unit: 'MB', target: '≤ 300 MB' },
  ];

  it('puts p50 / p95 per size beside the target, one row a metric', () => {
    const table = renderTable(
      metrics,
      new Map<number, Record<string, Summary>>([
        [
          10_000,
          {
            import_ms: { p50: 2800, p95: 3100, runs: 5 },
            server_rss_mb: { p50: 221, p95: 230, runs: 5 },
          },
        ],
        [100_000, { import_ms: { p50: 242_000, p95: 242_000, runs: 1 } }],
      ]),
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| What +\| 10,000 papers +\| 100,000 papers +\| Target at 100,000 \|$/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \|$/);
    expect(lines[2]?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'import',
      '2.80 s / 3.10 s',
      '242 s',
      '≤ 3 s',
      '',
    ]);
    expect(lines[3]?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'server memory',
      '221 MB / 230 MB',
      '—',
      '≤ 300 MB',
      '',
    ]);
  });

  it('lines the columns up', () => {
    const table = renderTable(metrics, new Map([[1_000, { import_ms: { p50: 5, p95: 9, runs: 3 } }]]));
    const widths = new Set(table.split('\n').map((line) => line.length));
    expect(widths.size).toBe(1);
  });
});
