import { readFileSync } from 'node:fs';
import { openLibrary } from '../../main/db/openLibrary';
import { IMPORT_TABLES, readImportRows } from './importTables';

/**
 * The floor for an import, run in a process of its own by importBench: the rows one import
 * wrote (read back from the library it made, before the clock starts) inserted into a fresh
 * library of the same schema by the plainest better-sqlite3 code: one transaction, a prepared
 * INSERT per row, the schema's indexes and triggers as they are, no app logic, no checks.
 * With --parse FILE, the clock starts before reading and JSON.parse of that file instead (the
 * parsed file is held while the rows go in, as an importer would). With --indexes-after, the
 * secondary indexes are dropped before the rows and built after them, in the same transaction
 * (what a bulk loader does). With --as-shelfmark, also as a bulk CLI import writes: the per-row
 * count and author-order insert triggers dropped (author_sort's rows copied like the others), in
 * rollback-journal mode with a 256 MiB page cache. Prints {wall, cpu} in ms on stderr.
 *
 *   node importFloor.js SOURCE_LIBRARY TARGET_LIBRARY [--parse FILE] [--indexes-after] [--as-shelfmark]
 */

const [sourcePath, targetPath, ...flags] = process.argv.slice(2);
if (!sourcePath || !targetPath)
  throw new Error('usage: importFloor SOURCE TARGET [--parse FILE] [--indexes-after]');
const file = flags.includes('--parse') ? flags[flags.indexOf('--parse') + 1] : undefined;
const asShelfmark = flags.includes('--as-shelfmark');
const indexesAfter = asShelfmark || flags.includes('--indexes-after');
/** The insert triggers a bulk import defers, keeping their tables set-wise (schema 8). */
const DEFERRED_TRIGGERS = [
  'queue_counts_insert',
  'author_sort_paper_insert',
  'author_sort_creator_insert',
  'tag_counts_link_insert',
];
const tables = readImportRows(sourcePath, asShelfmark ? [...IMPORT_TABLES, 'author_sort'] : IMPORT_TABLES);
// The fresh library: made by the app's own migrations, with WAL and synchronous=FULL as it opens one.
const db = openLibrary(targetPath);
if (asShelfmark) {
  for (const name of DEFERRED_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
  db.pragma('journal_mode = DELETE');
  db.pragma('cache_size = -262144');
}
const startCpu = process.cpuUsage();
const start = performance.now();
const parsed: unknown = file === undefined ? null : JSON.parse(readFileSync(file, 'utf8'));
db.transaction(() => {
  const indexes = indexesAfter
    ? (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as {
        name: string;
        sql: string;
      }[])
    : [];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  for (const { table, columns, rows } of tables) {
    const insert = db.prepare(
      `INSERT INTO ${table} (${columns.map((name) => `"${name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) insert.run(row);
  }
  for (const { sql } of indexes) db.exec(sql);
})();
db.close();
const cpu = process.cpuUsage(startCpu);
console.error(
  JSON.stringify({
    wall: performance.now() - start,
    cpu: (cpu.user + cpu.system) / 1e3,
    rows: tables.reduce((sum, { rows }) => sum + rows.length, 0),
    parsed: parsed !== null,
    indexesAfter,
    asShelfmark,
  }),
);
