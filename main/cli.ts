import { readFileSync } from 'node:fs';
import { UsageError, parseCommandLine } from './cliArgs';
import { OPTIONS, type CliIo, type Command, type FileCommand } from './cli/command';
import { initCommand } from './cli/initCommand';
import { importCommand } from './cli/importCommand';
import { exportCommand } from './cli/exportCommand';
import { listCommand } from './cli/listCommand';
import { searchCommand } from './cli/searchCommand';
import { noteCommand, redoCommand, statusCommand, tagCommand, undoCommand } from './cli/triageCommands';
import { LibraryOpenError, openLibrary, type LibraryDb } from './db/openLibrary';
import { NothingToImportError } from './import/parseTrendingPage';
import { ShelfmarkError } from './library/ShelfmarkError';
import { libraryLocation } from './paths';

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
};

const FILE_COMMANDS: Readonly<Record<string, FileCommand>> = {
  init: initCommand,
};

export const USAGE = `Usage: shelfmark [--db PATH] <command> [options]

Commands:
${[...Object.values(COMMANDS), ...Object.values(FILE_COMMANDS)]
  .map((command) => `  ${command.usage}`)
  .join('\n')}

Options:
  --db PATH   the library file (default: $SHELFMARK_DB, then the app's own library)
  --create    make a new library at --db or $SHELFMARK_DB if there is none
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
    const fileCommand = Object.hasOwn(FILE_COMMANDS, name) ? FILE_COMMANDS[name] : undefined;
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command && !fileCommand) throw new UsageError(`unknown command "${name}".`);
    const allowed = new Set<string>([
      'db',
      ...(command ? ['create', ...command.options] : (fileCommand?.options ?? [])),
    ]);
    const stray = Object.keys(values).filter((option) => !allowed.has(option));
    if (stray.length > 0) throw new UsageError(`${name} does not take --${stray.join(', --')}.`);
    const location = libraryLocation(values.db, io.env);
    if (!command) return (await fileCommand?.run(location.path, [...args, ...tagWords], values, io)) ?? 2;
    const run = command.prepare([...args, ...tagWords], values, io);
    db = openLibrary(location.path, { create: location.isDefault || values.create === true });
    await run(db);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shelfmark: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof LibraryOpenError) {
      io.stderr(`shelfmark: ${error.message}${howToGoOn(error)}`);
      return 1;
    }
    const suffix = error instanceof NothingToImportError ? ' Nothing was imported.' : '';
    const unchanged = error instanceof ShelfmarkError ? ' Nothing was changed.' : '';
    io.stderr(`shelfmark: ${error instanceof Error ? error.message : String(error)}${suffix}${unchanged}`);
    return 1;
  } finally {
    db?.close();
  }
}

function howToGoOn(error: LibraryOpenError): string {
  if (error.refusal === 'missing' || error.refusal === 'empty') {
    return `\nTo make a new library there, run \`shelfmark init ${error.path}\`, or add --create.`;
  }
  return '';
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
