import type { Database } from 'better-sqlite3';

/** Tables whose every row change is logged for undo, with the columns that identify a row. */
export const TRACKED_TABLES: Readonly<Record<string, readonly string[]>> = {
  imports: ['id'],
  papers: ['id'],
  tags: ['id'],
  paper_tags: ['paper_id', 'tag_id'],
  notes: ['id'],
};

function columns(db: Database, table: string): string[] {
  return (
    db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]
  ).map((column) => column.name);
}

function rowJson(db: Database, table: string, alias: 'OLD' | 'NEW'): string {
  return `json_object(${columns(db, table)
    .map((column) => `'${column}', ${alias}."${column}"`)
    .join(', ')})`;
}

/**
 * (Re)creates the triggers that copy each changed row, before and after, into
 * operation_changes while an operation is being recorded. A migration that adds columns
 * to a tracked table must call this again so the new columns are logged too.
 */
export function createChangeTriggers(db: Database): void {
  for (const table of Object.keys(TRACKED_TABLES)) {
    const images = {
      insert: ['NULL', rowJson(db, table, 'NEW')],
      update: [rowJson(db, table, 'OLD'), rowJson(db, table, 'NEW')],
      delete: [rowJson(db, table, 'OLD'), 'NULL'],
    };
    for (const [event, [oldRow, newRow]] of Object.entries(images)) {
      db.exec(`
        DROP TRIGGER IF EXISTS ${table}_log_${event};
        CREATE TRIGGER ${table}_log_${event} AFTER ${event.toUpperCase()} ON ${table}
        WHEN EXISTS (SELECT 1 FROM undo_recording)
        BEGIN
          INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
          SELECT operation_id, '${table}', ${oldRow}, ${newRow} FROM undo_recording;
        END;`);
    }
  }
}
