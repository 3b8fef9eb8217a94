import { createChangeTriggers } from './changeTriggers';
import type { Migration } from './migration';

export const undoLog: Migration = {
  version: 2,
  name: 'undo log',
  up(db) {
    db.exec(`
      CREATE TABLE operations (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        coalesce_key TEXT,
        created_at TEXT NOT NULL,
        last_change_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      );
      CREATE INDEX operations_by_undone ON operations(undone, id);

      -- AUTOINCREMENT: ids never come back after the newest operations are dropped, so a
      -- reader (the search index, another process) can follow the log by "id greater than".
      CREATE TABLE operation_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        old_row TEXT CHECK (old_row IS NULL OR json_valid(old_row)),
        new_row TEXT CHECK (new_row IS NULL OR json_valid(new_row))
      );
      CREATE INDEX operation_changes_by_operation ON operation_changes(operation_id, id);

      -- Each undo or redo, so readers of the log know which operation's rows were replayed.
      CREATE TABLE operation_replays (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        operation_id INTEGER NOT NULL,
        replayed_at TEXT NOT NULL
      );

      -- Holds the operation being recorded, only inside that operation's transaction.
      CREATE TABLE undo_recording (operation_id INTEGER NOT NULL);
    `);
    createChangeTriggers(db);
  },
};
