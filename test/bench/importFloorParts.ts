import Database from 'better-sqlite3';
import { openLibrary } from '../../main/db/openLibrary';
import { readImportRows } from './importTables';

/**
 * Where the import floor's time goes: importFloor's rows (the tables one import wrote, read back
 * from the library it made) into a fresh library, with one knob changed per run. Prints
 * {wall, cpu, commit, ...} in ms on stderr. Run by hand, one variant per process:
 *
 *   node importFloorParts.js SOURCE TARGET [--no-triggers] [--no-log-triggers] [--indexes-after]
 *     [--drop-index NAME]... [--journal delete|wal] [--sync full|normal|off] [--cache KIB]
 *     [--page-size N] [--threads N]
 */
const [sourcePath, targetPath, ...flags] = process.argv.slice(2);
if (!sourcePath || !targetPath) throw new Error('usage: importFloorParts SOURCE TARGET [flags]');
const has = (flag: string) => flags.includes(flag);
const values = (flag: string) => flags.flatMap((value, index) => (flags[index - 1] === flag ? [value] : []));
const value = (flag: string) => values(flag)[0];

const tables = readImportRows(sourcePath);

const pageSize = value('--page-size');
if (pageSize) {
  const empty = new Database(targetPath);
  empty.pragma(`page_size = ${pageSize}`);
  empty.close();
}
const db = openLibrary(targetPath);
if (value('--journal')) db.pragma(`journal_mode = ${value('--journal')}`);
if (value('--sync')) db.pragma(`synchronous = ${value('--sync')}`);
if (value('--cache')) db.pragma(`cache_size = -${value('--cache')}`);
if (value('--threads')) db.pragma(`threads = ${value('--threads')}`);
const schema = (where: string) =>
  db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE ${where}`).all() as {
    type: string;
    name: string;
    sql: string;
  }[];
const triggers = has('--no-triggers')
  ? schema("type = 'trigger'")
  : has('--no-log-triggers')
    ? schema("type = 'trigger' AND name LIKE '%_log_%'")
    : [];
for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
const dropped = schema("type = 'index' AND sql IS NOT NULL").filter(
  ({ name }) => has('--indexes-after') || values('--drop-index').includes(name),
);
const times: Record<string, number> = {};
const startCpu = process.cpuUsage();
const start = performance.now();
db.exec('BEGIN IMMEDIATE');
for (const { name } of dropped) db.exec(`DROP INDEX "${name}"`);
for (const { table, columns, rows } of tables) {
  const t = performance.now();
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.map((name) => `"${name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) insert.run(row);
  times[`rows:${table}`] = performance.now() - t;
}
if (has('--indexes-after'))
  for (const { name, sql } of dropped) {
    const t = performance.now();
    db.exec(sql);
    times[`index:${name}`] = performance.now() - t;
  }
const beforeCommit = performance.now();
db.exec('COMMIT');
times.commit = performance.now() - beforeCommit;
const beforeClose = performance.now();
db.close();
times.close = performance.now() - beforeClose;
const cpu = process.cpuUsage(startCpu);
console.error(
  JSON.stringify({
    wall: Math.round(performance.now() - start),
    cpu: Math.round((cpu.user + cpu.system) / 1e3),
    sys: Math.round(cpu.system / 1e3),
    ...Object.fromEntries(Object.entries(times).map(([key, ms]) => [key, Math.round(ms)])),
  }),
);
