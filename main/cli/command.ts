import type { LibraryDb } from '../db/openLibrary';
import type { parseCommandLine } from '../cliArgs';

export interface CliIo {
  stdout: (text: string) => void;
  /** Streamed output (an export): resolves when stdout takes more, false once its reader has gone. */
  writeStdout?: (chunk: string) => Promise<boolean>;
  stderr: (text: string) => void;
  readStdin: () => string;
  env: NodeJS.ProcessEnv;
  /** Starts `shelfmark index` on this library in the background, not waited for (after an import). */
  startIndexer?: (libraryPath: string) => void;
}

export const OPTIONS = {
  db: { type: 'string' },
  status: { type: 'string' },
  tag: { type: 'string' },
  quote: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  query: { type: 'string' },
  out: { type: 'string' },
  top: { type: 'boolean' },
  title: { type: 'string' },
  type: { type: 'string' },
  set: { type: 'string', multiple: true },
  extra: { type: 'string', multiple: true },
  author: { type: 'string', multiple: true },
  editor: { type: 'string', multiple: true },
  translator: { type: 'string', multiple: true },
  'only-provisional': { type: 'boolean' },
  yes: { type: 'boolean' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'no-keyword-tags': { type: 'boolean' },
  create: { type: 'boolean' },
  missing: { type: 'boolean' },
  'apply-confident': { type: 'boolean' },
  sort: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values'];

/**
 * A command checks its arguments and reads its input before the library is opened,
 * so a typo or a missing file never creates or touches a library.
 */
export interface Command {
  usage: string;
  options: readonly (keyof Values)[];
  prepare(args: string[], values: Values, io: CliIo): (db: LibraryDb) => void | Promise<void>;
}

/** A command about the library file itself (init, backups, restore): it runs without opening it. */
export interface FileCommand {
  usage: string;
  options: readonly (keyof Values)[];
  run(path: string, args: string[], values: Values, io: CliIo): number | Promise<number>;
}
