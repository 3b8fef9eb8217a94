import { readFileSync } from 'node:fs';
import { PAPER_STATUSES, type PaperStatus } from '../preload/api';
import { formatImportPreview, formatImportResult, formatPaperTable } from './cli/formatPapers';
import { UsageError, parseCommandLine } from './cliArgs';
import { openLibrary, type LibraryDb } from './db/openLibrary';
import { listPapers } from './db/paperQueries';
import { NothingToImportError } from './import/parseTrendingPage';
import { commitImport, previewImport } from './library/importText';
import { resolveLibraryPath } from './paths';

export const USAGE = `Usage: shelfmark [--db PATH] <command> [options]

Commands:
  import FILE|- [--dry-run] [--json]    add the papers in a copied page (- reads standard input)
  list [--status unread|reading|read] [--json]

Options:
  --db PATH   the library file (default: $SHELFMARK_DB, then the app's own library)
  --json      print machine-readable JSON
  -h, --help  show this help`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  env: NodeJS.ProcessEnv;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  env: process.env,
};

const OPTIONS = {
  db: { type: 'string' },
  status: { type: 'string' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values'];

/**
 * A command checks its arguments and reads its input before the library is opened,
 * so a typo or a missing file never creates or touches a library.
 */
interface Command {
  options: readonly (keyof Values)[];
  prepare(args: string[], values: Values, io: CliIo): (db: LibraryDb) => void;
}

function readInput(source: string, io: CliIo): string {
  if (source === '-') return io.readStdin();
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read ${source}: ${reason}`);
  }
}

const importCommand: Command = {
  options: ['dry-run', 'json'],
  prepare(args, values, io) {
    const [source, ...extra] = args;
    if (source === undefined || extra.length > 0)
      throw new UsageError('import takes one FILE, or - for standard input.');
    const text = readInput(source, io);
    return (db) => {
      if (values['dry-run']) {
        const preview = previewImport(db, text);
        const { newCount: added, duplicateCount: duplicates, warnings } = preview;
        io.stdout(
          values.json
            ? JSON.stringify({ added, duplicates, errors: [], warnings, dryRun: true })
            : formatImportPreview(preview),
        );
        return;
      }
      const result = commitImport(db, text, { sourceName: source === '-' ? 'standard input' : source });
      const { added, duplicates, errors, warnings } = result;
      if (values.json) {
        io.stdout(JSON.stringify({ added, duplicates, errors, warnings }));
        return;
      }
      io.stdout(formatImportResult(result));
      for (const warning of warnings) io.stderr(`skipped: ${warning}`);
    };
  },
};

function parseStatus(raw: string | undefined): PaperStatus | undefined {
  if (raw === undefined) return undefined;
  if (!(PAPER_STATUSES as readonly string[]).includes(raw)) {
    throw new UsageError(`--status must be one of ${PAPER_STATUSES.join(', ')}, not "${raw}".`);
  }
  return raw as PaperStatus;
}

const listCommand: Command = {
  options: ['status', 'json'],
  prepare(args, values, io) {
    if (args.length > 0) throw new UsageError(`list takes no arguments, got "${args.join(' ')}".`);
    const status = parseStatus(values.status);
    return (db) => {
      const papers = listPapers(db, status ? { status } : {});
      io.stdout(values.json ? JSON.stringify(papers, null, 2) : formatPaperTable(papers));
    };
  },
};

const COMMANDS: Readonly<Record<string, Command>> = { import: importCommand, list: listCommand };

/** Runs one command and returns the exit status: 0 done, 1 failed, 2 bad usage. */
export function runCli(argv: string[], io: CliIo = processIo): number {
  let db: LibraryDb | null = null;
  try {
    const { values, positionals } = parseCommandLine(argv, OPTIONS);
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
    const run = command.prepare(args, values, io);
    db = openLibrary(resolveLibraryPath(values.db, io.env));
    run(db);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shelfmark: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const suffix = error instanceof NothingToImportError ? ' Nothing was imported.' : '';
    io.stderr(`shelfmark: ${error instanceof Error ? error.message : String(error)}${suffix}`);
    return 1;
  } finally {
    db?.close();
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2));
}
