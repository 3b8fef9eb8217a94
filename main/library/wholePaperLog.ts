import type { LibraryDb } from '../db/openLibrary';
import { TRACKED_TABLES } from '../db/migrations/changeTriggers';

/**
 * The lean undo log of an import. Each paper it adds is one row in operation_changes
 * (`whole_paper = 1`, table `papers`, new_row `{"id": n}`) standing for the paper and every row
 * of its parts; the row triggers are off while those rows are written. Undo first copies the
 * papers and their parts into the log (new_row, parts), then deletes them; redo inserts them
 * again from there and shrinks the log back to ids. So a done import costs its ids, and an
 * undone one holds its rows once: in the log instead of the library.
 */

/** Runs write (which adds papers, and rows of their parts, and nothing else) unlogged, then logs each paper by id. */
export function logWholePapers<T>(db: LibraryDb, write: (added: number[]) => T): T {
  const operationId = db.prepare('SELECT operation_id FROM undo_recording').pluck().get() as
    number | undefined;
  if (operationId === undefined) throw new Error('logWholePapers runs inside recordOperation.');
  const added: number[] = [];
  db.prepare('DELETE FROM undo_recording').run();
  try {
    return write(added);
  } finally {
    db.prepare('INSERT INTO undo_recording (operation_id) VALUES (?)').run(operationId);
    db.prepare(
      `INSERT INTO operation_changes (operation_id, table_name, old_row, new_row, whole_paper)
       SELECT ?, 'papers', NULL, json_object('id', value), 1 FROM json_each(?) ORDER BY key`,
    ).run(operationId, JSON.stringify(added));
  }
}

function columns(db: LibraryDb, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
}

/** Tracked tables whose rows belong to a paper (a foreign key to papers), with that column. */
function partTables(db: LibraryDb): { table: string; paperColumn: string }[] {
  return Object.keys(TRACKED_TABLES).flatMap((table) => {
    const key = db
      .prepare('SELECT "from" FROM pragma_foreign_key_list(?) WHERE "table" = \'papers\'')
      .pluck()
      .get(table) as string | undefined;
    return key === undefined ? [] : [{ table, paperColumn: key }];
  });
}

const rowJson = (names: readonly string[], alias: string) =>
  `json_object(${names.map((name) => `'${name}', ${alias}."${name}"`).join(', ')})`;
const fromJson = (names: readonly string[], json: string) =>
  names.map((name) => `json_extract(${json}, '$."${name}"')`).join(', ');

/** The log rows of one run of whole-paper changes, by their ids in operation_changes. */
const RUN =
  'operation_changes.operation_id = @operation AND operation_changes.whole_paper = 1 AND operation_changes.id BETWEEN @first AND @last';
const PAPER_ID = "json_extract(operation_changes.new_row, '$.id')";

export interface WholePaperRun {
  operation: number;
  first: number;
  last: number;
}

/** Undo: keeps the papers and their parts in the log, then deletes them (parts go by cascade). */
export function undoWholePapers(db: LibraryDb, run: WholePaperRun): void {
  const parts = partTables(db)
    .map(({ table, paperColumn }) => {
      const names = columns(db, table);
      const key = TRACKED_TABLES[table]?.map((name) => `p."${name}"`).join(', ');
      return `'${table}', (SELECT json_group_array(json(row)) FROM
                (SELECT ${rowJson(names, 'p')} AS row FROM ${table} p
                 WHERE p."${paperColumn}" = ${PAPER_ID} ORDER BY ${key}))`;
    })
    .join(', ');
  db.prepare(
    `UPDATE operation_changes SET
       parts = json_object(${parts}),
       new_row = (SELECT ${rowJson(columns(db, 'papers'), 'p')} FROM papers p WHERE p.id = ${PAPER_ID})
     WHERE ${RUN}`,
  ).run(run);
  db.prepare(`DELETE FROM papers WHERE id IN (SELECT ${PAPER_ID} FROM operation_changes WHERE ${RUN})`).run(
    run,
  );
}

/** Redo: inserts the papers and their parts from the log, in the order they were added, then keeps only ids. */
export function redoWholePapers(db: LibraryDb, run: WholePaperRun): void {
  const paperColumns = columns(db, 'papers');
  db.prepare(
    `INSERT INTO papers (${paperColumns.map((name) => `"${name}"`).join(', ')})
     SELECT ${fromJson(paperColumns, 'new_row')} FROM operation_changes WHERE ${RUN} ORDER BY id`,
  ).run(run);
  for (const { table } of partTables(db)) {
    const names = columns(db, table);
    db.prepare(
      `INSERT INTO ${table} (${names.map((name) => `"${name}"`).join(', ')})
       SELECT ${fromJson(names, 'part.value')}
       FROM operation_changes, json_each(parts, '$.${table}') AS part
       WHERE ${RUN} ORDER BY operation_changes.id, part.key`,
    ).run(run);
  }
  db.prepare(
    `UPDATE operation_changes SET new_row = json_object('id', ${PAPER_ID}), parts = NULL WHERE ${RUN}`,
  ).run(run);
}
