import { readFileSync } from 'node:fs';
import { UsageError, parseCommandLine } from './cliArgs';
import { OPTIONS, type CliIo, type Command } from './cli/command';
import { importCommand } from './cli/importCommand';
import { exportCommand } from './cli/exportCommand';
import { listCommand } from './cli/listCommand';
import {
  addCommand,
  lookupCommand,
  publishedCommand,
  reviewCommand,
  settingsCommand,
} from './cli/lookupCommands';
import { searchCommand } from './cli/searchCommand';
import { noteCommand, redoCommand, statusCommand, tagCommand, undoCommand } from './cli/triageCommands';
import { openLibrary, type LibraryDb } from './db/openLibrary';
import { NothingToImportError } from './import/parseTrendingPage';
import { ShelfmarkError } from './library/ShelfmarkError';
import { resolveLibraryPath } from './paths';

export type { CliIo } from './cli/command';

const COMMANDS: Readonly<Record<string, Command>> = {
  import: importCommand,
  list: listCommand,
  search: searchCommand,
  export: exportCommand,
  status: statusCommand,
  tag: tagCommand,
  note: noteCommand,
  undo: undoCommand,
  redo: redoCommand,
  add: addCommand,
  lookup: lookupCommand,
  review: reviewCommand,
  published: publishedCommand,
  settings: settingsCommand,
};

export const USAGE = `Usage: shelfmark [--db PATH] <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}`)
  .join('\n')}

Options:
  --db PATH   the library file (default: $SHELFMARK_DB, then the app's own library)
  --json      print machine-readable JSON
  -h, --help  show this help`;

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  env: process.env,
};

/**
 * `tag 12 -old` must read -old as a tag to remove, not as an option: after the tag
 * command's paper, words that start with + or a single - are passed through untouched.
 */
function splitTagWords(argv: string[]): { options: string[]; tagWords: string[] } {
  const options: string[] = [];
  const tagWords: string[] = [];
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] ?? '';
    const [command, ref] = positionals;
    if (command === 'tag' && ref !== undefined && /^(\+|-(?!-))/.test(word)) {
      tagWords.push(word);
      continue;
    }
    options.push(word);
    if (word === '--db') options.push(argv[++index] ?? '');
    else if (!word.startsWith('-')) positionals.push(word);
  }
  return { options, tagWords };
}

/** Runs one command and returns the exit status: 0 done, 1 failed, 2 bad usage. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let db: LibraryDb | null = null;
  try {
    const { options, tagWords } = splitTagWords(argv);
    const { values, positionals } = parseCommandLine(options, OPTIONS);
    const [name, ...args] = positionals;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (name === undefined) throw new UsageError('no command given.');
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}".`);
    const allowed = new Set<string>(['db', ...command.options]);
    const stray = Object.keys(values).filter((option) => !allowed.has(option));
    if (stray.length > 0) throw new UsageError(`${name} does not take --${stray.join(', --')}.`);
    const run = command.prepare([...args, ...tagWords], values, io);
    db = openLibrary(resolveLibraryPath(values.db, io.env));
    await run(db);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shelfmark: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const suffix = error instanceof NothingToImportError ? ' Nothing was imported.' : '';
    const unchanged = error instanceof ShelfmarkError ? ' Nothing was changed.' : '';
    io.stderr(`shelfmark: ${error instanceof Error ? error.message : String(error)}${suffix}${unchanged}`);
    return 1;
  } finally {
    db?.close();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
