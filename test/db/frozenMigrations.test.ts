import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { TRACKED_TABLES } from '../../main/db/migrations/changeTriggers';
import { schemaDump } from './schemaDump';

// The live list of tracked tables grows with the schema: here it names a table that some later
// migration creates. A migration that read it would build a different schema, or fail.
const live = TRACKED_TABLES as Record<string, readonly string[]>;
beforeAll(() => {
  live.added_later = ['id'];
});
afterAll(() => {
  delete live.added_later;
});

function expectedSchema(version: number): string {
  return readFileSync(join(__dirname, 'schemas', `${version}.sql`), 'utf8');
}

/** Each migration creates exactly what it created when it shipped, checked in as test/db/schemas/N.sql. */
describe('frozen migrations', () => {
  it.each(MIGRATIONS.map((migration) => [migration.version, migration.name] as const))(
    'a fresh library at schema %i (%s) has exactly the schema that version shipped with',
    (version) => {
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      migrate(db, MIGRATIONS.slice(0, version));
      expect(schemaDump(db)).toBe(expectedSchema(version));
      db.close();
    },
  );

  it('reach the current schema one version at a time, as an old library upgrades', () => {
    const db = new Database(':memory:');
    for (const migration of MIGRATIONS) {
      migrate(db, MIGRATIONS.slice(0, migration.version));
      expect(schemaDump(db)).toBe(expectedSchema(migration.version));
    }
    db.close();
  });
});
