import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The user_version the database has once this migration has run. */
  version: number;
  name: string;
  up(db: Database): void;
}
