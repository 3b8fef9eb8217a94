import { readFileSync } from 'node:fs';
import { UsageError, parseCommandLine } from './cliArgs';
import { OPTIONS, type CliIo } from './cli/command';
import { COMMANDS, FILE_COMMANDS, commandUsage } from './cli/commandModules';
import { listBackups, requestFullCheck } from './db/backups';
import { failureKind, failureMessage } from './db/sqliteErrors';
import { openLibraryForUse } from './db/openLibraryForUse';
import { startIndexer } from './cli/startIndexer';
import { LibraryOpenError, type LibraryDb } from './db/openLibrary';
import { ShelfmarkError } from './library/ShelfmarkError';
import { libraryLocation } from './paths';
import { writeChunk } from './writeChunk';

export type { CliIo } from './cli/command';

/** Every command's usage line: loads every command's module, so only help and usage errors ask for it. */
export async function usage(): Promise<string> {
  return `Usage: shelfmark [--db PATH] <command> [options]

Commands:
${(await commandUsage()).map((line) => `  ${line}`).join('\n')}

Options:
  --db PATH   the library file (default: $SHELFMARK_DB, then the app's own library)
  --create    make a new library at --db or $SHELFMARK_DB if there is none
  --json      print machine-readable JSON
  -h, --help  show this help`;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  writeStdout: (chunk) => writeChunk(process.stdout, chunk),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  env: process.env,
  startIndexer,
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
  let libraryPath: string | null = null;
  try {
    const { options, tagWords } = splitTagWords(argv);
    const { values, positionals } = parseCommandLine(options, OPTIONS);
    const [name, ...args] = positionals;
    if (values.help) {
      io.stdout(await usage());
      return 0;
    }
    if (name === undefined) throw new UsageError('no command given.');
    // Only this command's module is loaded: a search does not pay for the import's or the lookups'.
    const fileCommand = Object.hasOwn(FILE_COMMANDS, name) ? await FILE_COMMANDS[name]?.() : undefined;
    const command = Object.hasOwn(COMMANDS, name) ? await COMMANDS[name]?.() : undefined;
    if (!command && !fileCommand) throw new UsageError(`unknown command "${name}".`);
    const allowed = new Set<string>([
      'db',
      ...(command ? ['create', ...command.options] : (fileCommand?.options ?? [])),
    ]);
    const stray = Object.keys(values).filter((option) => !allowed.has(option));
    if (stray.length > 0) throw new UsageError(`${name} does not take --${stray.join(', --')}.`);
    const location = libraryLocation(values.db, io.env);
    libraryPath = location.path;
    if (!command) return (await fileCommand?.run(location.path, [...args, ...tagWords], values, io)) ?? 2;
    const run = command.prepare([...args, ...tagWords], values, io);
    db = (await openLibraryForUse(location.path, { create: location.isDefault || values.create === true }))
      .db;
    await run(db);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shelfmark: ${error.message}\n\n${await usage()}`);
      return 2;
    }
    if (error instanceof LibraryOpenError) {
      io.stderr(`shelfmark: ${error.message}${howToGoOn(error)}`);
      return 1;
    }
    if (error instanceof ShelfmarkError) {
      io.stderr(`shelfmark: ${error.message}${error.outcome ? ` ${error.outcome}` : ''}`);
      return 1;
    }
    io.stderr(`shelfmark: ${describeFailure(error, libraryPath)}`);
    if (io.env.SHELFMARK_DEBUG)
      io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  } finally {
    db?.close();
  }
}

/** Anything else: SQLite's and Node's own text stays out of what the person reads. */
function describeFailure(error: unknown, libraryPath: string | null): string {
  const { syscall, path } = error as { syscall?: unknown; path?: unknown };
  if (typeof syscall === 'string' && typeof path === 'string' && path !== libraryPath) {
    return `cannot ${syscall} ${path}: ${FILE_PROBLEMS[(error as { code?: string }).code ?? ''] ?? 'the system refused'}. Nothing was saved.`;
  }
  if (failureKind(error) === 'corrupt' && libraryPath) {
    requestFullCheck(libraryPath);
    return `${failureMessage(error)}${damagedHint(libraryPath)}`;
  }
  return failureMessage(error);
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EROFS: 'the disk is read-only',
};

function howToGoOn(error: LibraryOpenError): string {
  if (error.refusal === 'missing' || error.refusal === 'empty') {
    return `\nTo make a new library there, run \`shelfmark init ${error.path}\`, or add --create.`;
  }
  if (error.refusal === 'damaged') return damagedHint(error.path);
  return '';
}

function damagedHint(path: string): string {
  const [newest] = listBackups(path);
  return newest
    ? `\nRun \`shelfmark backups\` to list its backups and \`shelfmark restore\` to put back the newest (${newest.takenAt.toISOString()}); the damaged file is kept beside it.`
    : '\nThere is no backup of it yet. Keep the file: a copy of it may still be rescued with the sqlite3 tool (.recover).';
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
