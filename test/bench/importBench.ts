import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary } from '../../main/db/openLibrary';
import { commitImport } from '../../main/library/importText';
import { syntheticExport, syntheticPage } from './importFiles';

/**
 * `npm run bench:import [-- SIZE RUNS]`: the CLI importing a SIZE-paper Shelfmark JSON file into a
 * new library (wall and CPU time, medians of RUNS), beside its floor in the same run (importFloor.ts:
 * the same rows by the plainest better-sqlite3 code, without and with JSON.parse of the file), the
 * file's size and its undo log's share, and pasting a 250-paper page into that library
 * (in-process, as the window's handler runs it).
 */
const size = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const root = resolve(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'shelfmark-import-bench-'));
type Times = { wall: number; cpu: number };
const lastJson = (stderr: string) => JSON.parse(stderr.trim().split('\n').at(-1) ?? '{}') as Times;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const file = join(dir, 'library.json');
  writeFileSync(file, syntheticExport(size));
  const wall: number[] = [];
  const cpu: number[] = [];
  const library = join(dir, 'library.sqlite');
  for (let run = 0; run < runs; run += 1) {
    rmSync(library, { force: true });
    rmSync(`${library}-wal`, { force: true });
    const script = `const t=process.hrtime.bigint();require(${JSON.stringify(join(root, 'out/main/cli.js'))}).runCli(${JSON.stringify(['--db', library, '--create', 'import', file, '--json'])}).then(()=>{const u=process.cpuUsage();console.error(JSON.stringify({wall:Number(process.hrtime.bigint()-t)/1e6,cpu:(u.user+u.system)/1e3}))})`;
    // Without the background index build it starts, which would run beside the floor's runs.
    const env = { ...process.env, SHELFMARK_NO_BACKGROUND_INDEX: '1' };
    const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env }).stderr;
    const times = lastJson(out);
    wall.push(times.wall);
    cpu.push(times.cpu);
  }
  const floors = floorRuns(library, file);
  const db = openLibrary(library);
  const bytes = (name: string) =>
    (db.prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?').pluck().get(name) as number) ??
    0;
  const total =
    (db.pragma('page_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  const log = bytes('operation_changes') + bytes('operation_changes_by_operation');
  const paste: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const copy = join(dir, `paste-${run}.sqlite`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(library, copy);
    const target = openLibrary(copy);
    const page = syntheticPage(250, 9000 + run);
    const start = performance.now();
    await commitImport(target, page);
    paste.push(performance.now() - start);
    target.close();
  }
  db.close();
  console.log(
    `import of ${size} papers (CLI, one file): median wall ${median(wall).toFixed(0)} ms, CPU ${median(cpu).toFixed(0)} ms (runs: ${wall.map((w) => w.toFixed(0)).join(', ')})`,
  );
  const ratio = (floor: Times[]) =>
    `${median(floor.map((t) => t.wall)).toFixed(0)} ms wall, CPU ${median(floor.map((t) => t.cpu)).toFixed(0)} ms; Shelfmark ÷ floor ${(median(wall) / median(floor.map((t) => t.wall))).toFixed(2)} wall, ${(median(cpu) / median(floor.map((t) => t.cpu))).toFixed(2)} CPU`;
  console.log(`floor, the same rows by plain prepared INSERTs in one transaction: ${ratio(floors.rows)}`);
  console.log(`floor with reading and JSON.parse of the file: ${ratio(floors.parsed)}`);
  console.log(`floor with the secondary indexes built after the rows: ${ratio(floors.indexesAfter)}`);
  console.log(
    `floor written as Shelfmark writes it (indexes after, count triggers off, rollback journal): ${ratio(floors.asShelfmark)}`,
  );
  console.log(
    `library file ${(total / 1e6).toFixed(1)} MB; undo log ${(log / 1e6).toFixed(2)} MB = ${((100 * log) / total).toFixed(1)} %`,
  );
  console.log(
    `paste of 250 papers into it: median ${median(paste).toFixed(0)} ms (runs: ${paste.map((p) => p.toFixed(0)).join(', ')})`,
  );
}

/** importFloor.js in a process of its own per run, into a fresh library each time, in its three forms. */
function floorRuns(
  library: string,
  file: string,
): Record<'rows' | 'parsed' | 'indexesAfter' | 'asShelfmark', Times[]> {
  const floor = join(root, 'out/bench/test/bench/importFloor.js');
  const rows: Times[] = [];
  const parsed: Times[] = [];
  const indexesAfter: Times[] = [];
  const asShelfmark: Times[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const [into, flags] of [
      [rows, []],
      [parsed, ['--parse', file]],
      [indexesAfter, ['--indexes-after']],
      [asShelfmark, ['--as-shelfmark']],
    ] as const) {
      const target = join(dir, 'floor.sqlite');
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
      const args = [floor, library, target, ...flags];
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`importFloor failed: ${result.stderr}`);
      into.push(lastJson(result.stderr));
    }
  }
  return { rows, parsed, indexesAfter, asShelfmark };
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
