import Database from 'better-sqlite3';

/** The tables an import writes rows into itself; the rest (counts, author order) its triggers or its end keep. */
export const IMPORT_TABLES = [
  'imports',
  'operations',
  'tags',
  'papers',
  'paper_creators',
  'paper_extra_fields',
  'paper_tags',
  'notes',
  'operation_changes',
];

export type TableRows = { table: string; columns: string[]; rows: unknown[][] }[];

/** Every row of these tables of the library at `path`, as the import floors insert them again. */
export function readImportRows(path: string, tables: readonly string[] = IMPORT_TABLES): TableRows {
  const source = new Database(path, { readonly: true });
  try {
    return tables.map((table) => {
      const statement = source.prepare(`SELECT * FROM ${table}`).raw();
      return {
        table,
        columns: statement.columns().map((column) => column.name),
        rows: statement.all() as unknown[][],
      };
    });
  } finally {
    source.close();
  }
}
