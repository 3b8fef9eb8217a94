import type { Metric } from './metrics';
import type { Summary } from './stats';

/** "0.4 ms", "38 ms", "2.83 s", "755 MB"; a figure that was not taken is a dash. */
export function formatFigure(value: number, unit: Metric['unit']): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'MB') return `${Math.round(value).toLocaleString('en')} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(value >= 100_000 ? 0 : value >= 10_000 ? 1 : 2)} s`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

function cell(summary: Summary | undefined, unit: Metric['unit']): string {
  if (!summary || summary.runs === 0) return '—';
  if (summary.runs === 1) return formatFigure(summary.p50, unit);
  return `${formatFigure(summary.p50, unit)} / ${formatFigure(summary.p95, unit)}`;
}

/**
 * A Markdown table, one row a metric, one column a library size ("p50 / p95" over the runs, one
 * figure after a single run), and the target beside them. Columns are padded to line up.
 */
export function renderTable(
  metrics: readonly Metric[],
  bySize: ReadonlyMap<number, Record<string, Summary>>,
): string {
  const sizes = [...bySize.keys()];
  const header = ['What', ...sizes.map((size) => `${size.toLocaleString('en')} papers`), 'Target at 100,000'];
  const rows = metrics.map((metric) => [
    metric.label,
    ...sizes.map((size) => cell(bySize.get(size)?.[metric.key], metric.unit)),
    metric.target,
  ]);
  const widths = header.map((_, column) =>
    Math.max(3, ...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((text, column) => text.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
