import type { Database } from 'better-sqlite3';

/** Tables whose every row change is logged for undo, with the columns that identify a row. */
export const TRACKED_TABLES: Readonly<Record<string, readonly string[]>> = {
  imports: ['id'],
  papers: ['id'],
  tags: ['id'],
  paper_tags: ['paper_id', 'tag_id'],
  notes: ['id'],
  paper_creators: ['paper_id', 'position'],
  paper_extra_fields: ['paper_id', 'position'],
  paper_field_origins: ['paper_id', 'field'],
  lookup_reviews: ['id'],
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
 * The triggers that copy each changed row of `table`, before and after, into operation_changes
 * while an operation is being recorded, for the table's columns as they are now in `db`.
 *
 * Migrations never call this: each one holds the literal SQL it shipped with, so a fresh
 * library builds exactly what an old one has. A migration that adds a tracked table or
 * column pastes this function's output for the new shape (DROP TRIGGER first for an existing
 * table); a test checks that the current schema's triggers log every column.
 */
export function changeTriggerSql(db: Database, table: string): string {
  const images = {
    insert: ['NULL', rowJson(db, table, 'NEW')],
    update: [rowJson(db, table, 'OLD'), rowJson(db, table, 'NEW')],
    delete: [rowJson(db, table, 'OLD'), 'NULL'],
  };
  return Object.entries(images)
    .map(
      ([
        event,
        [oldRow, newRow],
      ]) => `CREATE TRIGGER ${table}_log_${event} AFTER ${event.toUpperCase()} ON ${table}
WHEN EXISTS (SELECT 1 FROM undo_recording)
BEGIN
  INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
  SELECT operation_id, '${table}', ${oldRow}, ${newRow} FROM undo_recording;
END;`,
    )
    .join('\n');
}
