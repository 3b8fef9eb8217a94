export interface Summary {
  p50: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of values already sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

/** Median and 95th percentile of the finite values (a step that could not run gives NaN and is left out). */
export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

/** Each key's summary over runs, each run a record of figures by key. */
export function summarizeRuns(runs: readonly Record<string, number>[]): Record<string, Summary> {
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  return Object.fromEntries(
    [...keys].map((key) => [key, summarize(runs.map((run) => run[key] ?? NaN))] as const),
  );
}
