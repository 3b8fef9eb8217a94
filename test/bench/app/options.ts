export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Imports timed per size; the app steps run on the last library imported. */
  importRuns: number;
  json: boolean;
}

export const USAGE = 'npm run bench:app [-- --sizes 10000,100000] [--runs N] [--import-runs N] [--json]';

/** Reads the command line; anything it cannot read is an error naming the flag. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    if (at < 0) return undefined;
    const given = argv[at + 1];
    if (given === undefined || given.startsWith('--')) throw new Error(`--${name} needs a value. ${USAGE}`);
    return given;
  };
  const count = (name: string, given: string | undefined, fallback: number): number => {
    if (given === undefined) return fallback;
    const parsed = Number(given);
    if (!Number.isInteger(parsed) || parsed < 1)
      throw new Error(`--${name} must be a whole number ≥ 1, not "${given}".`);
    return parsed;
  };
  const known = new Set(['--sizes', '--runs', '--import-runs', '--json']);
  argv.forEach((word, index) => {
    const isValue = index > 0 && known.has(argv[index - 1] ?? '') && argv[index - 1] !== '--json';
    if (!isValue && !known.has(word)) throw new Error(`Unknown argument "${word}". ${USAGE}`);
  });
  const sizes = (value('sizes') ?? '10000,100000')
    .split(',')
    .map((size) => count('sizes', size.replaceAll('_', ''), 0));
  const runs = count('runs', value('runs'), 5);
  return {
    sizes,
    runs,
    importRuns: count('import-runs', value('import-runs'), runs),
    json: argv.includes('--json'),
  };
}
