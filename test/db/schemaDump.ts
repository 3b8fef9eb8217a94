import type { Database } from 'better-sqlite3';

/**
 * Every table, index and trigger as SQLite stores it, one statement per block, in a stable
 * order; runs of white space are folded so a checked-in snapshot compares by meaning.
 */
export function schemaDump(db: Database): string {
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[];
  return `${rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql.replace(/\s+/g, ' ').trim()};`).join('\n\n')}\n`;
}
