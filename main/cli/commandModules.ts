import type { Command, FileCommand } from './command';

type Module = Record<string, unknown>;

/**
 * The command `name` exports from the module `load` imports, loaded when first run. Each import()
 * names its file, so the build's bundle (scripts/bundle-main.mjs) holds every command and runs a
 * command's module only when that command runs.
 */
function from<T extends Command | FileCommand>(load: () => Promise<Module>, name: string): () => Promise<T> {
  return async () => (await load())[name] as T;
}

/**
 * Where each command is: a run loads its own command's module only (a search does not load the
 * import's parsers or the lookups' sources, a tenth of a second at start). In usage order.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  import: from<Command>(() => import('./importCommand.js'), 'importCommand'),
  list: from<Command>(() => import('./listCommand.js'), 'listCommand'),
  search: from<Command>(() => import('./searchCommand.js'), 'searchCommand'),
  export: from<Command>(() => import('./exportCommand.js'), 'exportCommand'),
  status: from<Command>(() => import('./triageCommands.js'), 'statusCommand'),
  tag: from<Command>(() => import('./triageCommands.js'), 'tagCommand'),
  note: from<Command>(() => import('./triageCommands.js'), 'noteCommand'),
  edit: from<Command>(() => import('./recordCommands.js'), 'editCommand'),
  add: from<Command>(() => import('./addCommand.js'), 'addCommand'),
  rekey: from<Command>(() => import('./recordCommands.js'), 'rekeyCommand'),
  undo: from<Command>(() => import('./triageCommands.js'), 'undoCommand'),
  redo: from<Command>(() => import('./triageCommands.js'), 'redoCommand'),
  lookup: from<Command>(() => import('./lookupCommands.js'), 'lookupCommand'),
  review: from<Command>(() => import('./lookupCommands.js'), 'reviewCommand'),
  published: from<Command>(() => import('./lookupCommands.js'), 'publishedCommand'),
  settings: from<Command>(() => import('./lookupCommands.js'), 'settingsCommand'),
  index: from<Command>(() => import('./indexCommand.js'), 'indexCommand'),
};

/** Commands about the library file itself, run without opening it. */
export const FILE_COMMANDS: Readonly<Record<string, () => Promise<FileCommand>>> = {
  init: from<FileCommand>(() => import('./initCommand.js'), 'initCommand'),
  backups: from<FileCommand>(() => import('./backupCommands.js'), 'backupsCommand'),
  restore: from<FileCommand>(() => import('./backupCommands.js'), 'restoreCommand'),
};

/** Every command's usage line, in order (loads every module: for help and usage errors). */
export async function commandUsage(): Promise<string[]> {
  const loads = [...Object.values(COMMANDS), ...Object.values(FILE_COMMANDS)];
  return (await Promise.all(loads.map((load) => load()))).map((command) => command.usage);
}
