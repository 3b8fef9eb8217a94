import type { Command, FileCommand } from './command';

/**
 * Built, the CLI is CommonJS and loads a module with require(): its first import() would start
 * the ES module loader, some 30 ms of a CLI run. The TypeScript sources (tests) use import().
 */
async function load(file: string): Promise<Record<string, unknown>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  if (__filename.endsWith('.js')) return require(file) as Record<string, unknown>;
  return (await import(file)) as Record<string, unknown>;
}

/** The command `name` exports from `file`, loaded when first run. */
function from<T extends Command | FileCommand>(file: string, name: string): () => Promise<T> {
  return async () => (await load(file))[name] as T;
}

/**
 * Where each command is: a run loads its own command's module only (a search does not load the
 * import's parsers or the lookups' sources, a tenth of a second at start). In usage order.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  import: from<Command>('./importCommand.js', 'importCommand'),
  list: from<Command>('./listCommand.js', 'listCommand'),
  search: from<Command>('./searchCommand.js', 'searchCommand'),
  export: from<Command>('./exportCommand.js', 'exportCommand'),
  status: from<Command>('./triageCommands.js', 'statusCommand'),
  tag: from<Command>('./triageCommands.js', 'tagCommand'),
  note: from<Command>('./triageCommands.js', 'noteCommand'),
  edit: from<Command>('./recordCommands.js', 'editCommand'),
  add: from<Command>('./addCommand.js', 'addCommand'),
  rekey: from<Command>('./recordCommands.js', 'rekeyCommand'),
  undo: from<Command>('./triageCommands.js', 'undoCommand'),
  redo: from<Command>('./triageCommands.js', 'redoCommand'),
  lookup: from<Command>('./lookupCommands.js', 'lookupCommand'),
  review: from<Command>('./lookupCommands.js', 'reviewCommand'),
  published: from<Command>('./lookupCommands.js', 'publishedCommand'),
  settings: from<Command>('./lookupCommands.js', 'settingsCommand'),
  index: from<Command>('./indexCommand.js', 'indexCommand'),
};

/** Commands about the library file itself, run without opening it. */
export const FILE_COMMANDS: Readonly<Record<string, () => Promise<FileCommand>>> = {
  init: from<FileCommand>('./initCommand.js', 'initCommand'),
  backups: from<FileCommand>('./backupCommands.js', 'backupsCommand'),
  restore: from<FileCommand>('./backupCommands.js', 'restoreCommand'),
};

/** Every command's usage line, in order (loads every module: for help and usage errors). */
export async function commandUsage(): Promise<string[]> {
  const loads = [...Object.values(COMMANDS), ...Object.values(FILE_COMMANDS)];
  return (await Promise.all(loads.map((load) => load()))).map((command) => command.usage);
}
