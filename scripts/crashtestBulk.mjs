/**
 * The crash test's bulk phase: a CLI import large enough to run in rollback-journal mode (see
 * main/db/rollbackJournal.ts), into a new library, killed with SIGKILL at a random moment. After
 * each kill the library must open as the app opens it, pass integrity_check, and hold the whole
 * import or none of it (all of it when the CLI said it was added), with its counts kept.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAPERS = 4000;

/**
 * Runs SQLite's integrity_check on a library opened after a kill; counts and prints a failure.
 *
 * @param {{ pragma: (sql: string) => unknown }} db
 * @param {{ integrityFailures: number }} totals
 * @param {string} label
 */
export function countIntegrityFailure(db, totals, label) {
  const check = /** @type {{ integrity_check: string }[]} */ (db.pragma('integrity_check')).map(
    (row) => row.integrity_check,
  );
  if (check.join() === 'ok') return;
  totals.integrityFailures += 1;
  console.error(`${label}: integrity_check: ${check.join('; ')}`);
}

/** A Shelfmark JSON export of PAPERS papers with authors, statuses and tags. */
function exportFile() {
  const statuses = ['unread', 'reading', 'read'];
  const papers = Array.from({ length: PAPERS }, (_, index) => ({
    title: `Bulk crash paper ${index} on recovery`,
    abstract: `Abstract ${index} `.repeat(40),
    status: statuses[index % 3],
    creators: [
      {
        role: 'author',
        family: `Family${index % 97}`,
        given: 'A.',
        particle: null,
        suffix: null,
        literal: null,
      },
    ],
    year: 2000 + (index % 25),
    tags: [`topic-${index % 7}`],
    notes: [],
  }));
  return JSON.stringify({ format: 'shelfmark-library', version: 2, tags: [], papers });
}

/**
 * @param {{ runs: number, random: () => number, start: Function, openLibrary: Function, CLI: string }} options
 * @returns {Promise<{ runs: number, killed: number, journals: number, acked: number, integrityFailures: number, lost: number, refused: number, torn: number }>}
 */
export async function bulkCrashRuns({ runs, random, start, openLibrary, CLI }) {
  const dir = mkdtempSync(join(tmpdir(), 'shelfmark-crashtest-bulk-'));
  const totals = {
    runs: 0,
    killed: 0,
    journals: 0,
    acked: 0,
    integrityFailures: 0,
    lost: 0,
    refused: 0,
    torn: 0,
  };
  try {
    const file = join(dir, 'bulk.json');
    writeFileSync(file, exportFile());
    for (let run = 0; run < runs; run += 1) {
      const path = join(dir, `bulk-${run}.sqlite`);
      const init = start([CLI, 'init', path]);
      if ((await init.exited).code !== 0) throw new Error(`init failed: ${init.output().stderr}`);
      const cli = start([CLI, '--db', path, 'import', file]);
      // From start-up to past the commit and the switch back to WAL (about 1–2 s on a busy machine).
      await new Promise((done) => setTimeout(done, 200 + Math.floor(random() * 2200)));
      cli.child.kill('SIGKILL');
      const exit = await cli.exited;
      totals.runs += 1;
      if (exit.signal === 'SIGKILL') totals.killed += 1;
      // A kill inside the import's transaction leaves its -journal for the next open to apply.
      if (existsSync(`${path}-journal`)) totals.journals += 1;
      const acked = exit.code === 0 && cli.output().stdout.includes(`Added ${PAPERS} papers`);
      if (acked) totals.acked += 1;
      let db;
      try {
        db = openLibrary(path, { create: false });
      } catch (error) {
        totals.refused += 1;
        console.error(`bulk run ${run}: the library was refused after the kill: ${String(error)}`);
        continue;
      }
      try {
        countIntegrityFailure(db, totals, `bulk run ${run}`);
        const count = db.prepare('SELECT count(*) FROM papers').pluck().get();
        const counted = db.prepare('SELECT coalesce(sum(n), 0) FROM queue_counts').pluck().get();
        const authors = db.prepare('SELECT count(*) FROM author_sort').pluck().get();
        if (count !== 0 && count !== PAPERS) {
          totals.torn += 1;
          console.error(`bulk run ${run}: ${count} papers, neither none nor all ${PAPERS}`);
        }
        if (counted !== count || authors !== count) {
          totals.torn += 1;
          console.error(
            `bulk run ${run}: ${count} papers but queue counts ${counted}, author order ${authors}`,
          );
        }
        if (acked && count !== PAPERS) {
          totals.lost += 1;
          console.error(
            `bulk run ${run}: the CLI said the import was added, the library holds ${count} papers`,
          );
        }
      } finally {
        db.close();
      }
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return totals;
}
