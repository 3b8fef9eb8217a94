/**
 * A timer-lag probe for the benchmark: a 10 ms interval that fires late tells how long the
 * event loop (the server's main thread) was blocked. Off unless SHELFMARK_LAG_PROBE=1.
 */
export interface LagProbe {
  /** The largest stall since the last take, in milliseconds (a stall still going on counts); starts over. */
  take(): number;
  stop(): void;
}

export function startLagProbe(intervalMs = 10, now: () => number = () => performance.now()): LagProbe {
  let expected = now() + intervalMs;
  let largest = 0;
  const timer = setInterval(() => {
    const at = now();
    largest = Math.max(largest, at - expected);
    expected = at + intervalMs;
  }, intervalMs);
  timer.unref();
  return {
    take() {
      const at = now();
      const result = Math.max(largest, at - expected, 0);
      largest = 0;
      // What was already counted is not counted again by the next tick.
      expected = Math.max(expected, at);
      return result;
    },
    stop: () => clearInterval(timer),
  };
}

export const LAG_PROBE_LINE = 'lag-probe max-ms=';

/**
 * With SHELFMARK_LAG_PROBE=1, each SIGUSR2 prints "lag-probe max-ms=N": the largest stall since
 * the previous signal. Returns the probe, or undefined when the variable is not set.
 */
export function installLagProbe(
  env: NodeJS.ProcessEnv,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): LagProbe | undefined {
  if (env.SHELFMARK_LAG_PROBE !== '1') return undefined;
  const probe = startLagProbe();
  process.on('SIGUSR2', () => print(`${LAG_PROBE_LINE}${probe.take().toFixed(1)}`));
  return probe;
}
