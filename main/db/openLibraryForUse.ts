import { existsSync } from 'node:fs';
import { fullCheckDue, makeBackup } from './backups';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';
import { connectLibrary, migrateOrClose, type OpenedLibrary } from './openLibrary';

export interface UseOptions {
  /** Make a new library if there is none: only for the default location, --create or init. */
  create: boolean;
  nativeBinding?: string;
  now?: Date;
  migrations?: readonly Migration[];
}

/**
 * How the app, `serve` and the CLI open a library:
 * - checked on a read-only connection first (quick_check after an unclean shutdown, the full
 *   integrity_check once a day);
 * - backed up before any migration, and once a day (the backup is checked again);
 * - then migrated.
 */
export async function openLibraryForUse(path: string, options: UseOptions): Promise<OpenedLibrary> {
  const now = options.now ?? new Date();
  const migrations = options.migrations ?? MIGRATIONS;
  const fullCheck = existsSync(path) && fullCheckDue(path, now);
  const opened = connectLibrary(path, {
    create: options.create,
    nativeBinding: options.nativeBinding,
    fullCheck,
  });
  const { db } = opened;
  try {
    const latest = migrations.length > 0 ? migrations[migrations.length - 1]?.version : SCHEMA_VERSION;
    if (!opened.created && opened.version < (latest ?? 0)) {
      await makeBackup(db, path, 'before-migration', now, options.nativeBinding);
    }
    migrateOrClose(db, path, migrations);
    if (!opened.created && fullCheck) await makeBackup(db, path, 'daily', now, options.nativeBinding);
    return opened;
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}
