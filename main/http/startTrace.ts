/**
 * For measuring a cold start (`npm run bench:app`, by hand): with SHELFMARK_START_TRACE=1, `serve`
 * prints to stderr when each step of its start happened, in milliseconds since the process began.
 * Off (null) otherwise.
 */
export const START_TRACE_LINE = 'shelfmark-start ';

export type StartTrace = (step: string) => void;

export function startTrace(env: NodeJS.ProcessEnv): StartTrace | null {
  if (env.SHELFMARK_START_TRACE !== '1') return null;
  const seen = new Set<string>();
  return (step) => {
    if (seen.has(step)) return;
    seen.add(step);
    process.stderr.write(`${START_TRACE_LINE}${step} ${performance.now().toFixed(1)}\n`);
  };
}
