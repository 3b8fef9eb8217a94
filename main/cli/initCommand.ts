import { UsageError } from '../cliArgs';
import { connectLibrary, migrateOrClose } from '../db/openLibrary';
import { MIGRATIONS } from '../db/migrations';
import type { FileCommand } from './command';

/** `shelfmark init PATH`: the explicit way to make a library somewhere other than the default. */
export const initCommand: FileCommand = {
  usage: 'init [PATH]                 make a new, empty library (at PATH, --db or the default)',
  options: [],
  run(path, args, _values, io) {
    if (args.length > 1) throw new UsageError(`init takes one PATH, got "${args.join(' ')}".`);
    const target = args[0] ?? path;
    const { db, created } = connectLibrary(target, { create: true });
    migrateOrClose(db, target, MIGRATIONS);
    db.close();
    io.stdout(
      created
        ? `Created a new Shelfmark library at ${target}`
        : `${target} is already a Shelfmark library; nothing was changed.`,
    );
    return 0;
  },
};
