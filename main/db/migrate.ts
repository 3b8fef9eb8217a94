import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

/** Marks the file as a Shelfmark library ("Shlf"), so another program's SQLite file is never migrated. */
export const APPLICATION_ID = 0x53686c66;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration in one transaction; a failure leaves the file as it was. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const from = schemaVersion(db);
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
  return schemaVersion(db);
}
