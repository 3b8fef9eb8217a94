import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** node:util's parseArgs, with its errors turned into UsageError so every entry point answers alike. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The value of an option that takes one of a fixed list of words. */
export function parseChoice<T extends string>(
  raw: string | undefined,
  choices: readonly T[],
  option: string,
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`${option} must be one of ${choices.join(', ')}, not "${raw}".`);
  }
  return raw as T;
}

/** The value of an option that takes a whole number within bounds. */
export function parseIntegerOption(
  raw: string | undefined,
  option: string,
  [min, max]: readonly [number, number],
  fallback: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${option} must be ${min}-${max}, not "${raw}".`);
  }
  return value;
}
