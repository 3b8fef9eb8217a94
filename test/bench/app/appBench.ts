import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './launchBrowser';
import { pageText, searchWord, writeLibraryFile } from './libraryFiles';
import { METRICS } from './metrics';
import { parseOptions } from './options';
import { primeCodeCaches } from './primeCodeCaches';
import { runCli } from './runCli';
import { summarizeRuns, type Summary } from './stats';
import { renderTable } from './table';
import { windowRun } from './windowRun';

/**
 * npm run bench:app [-- --sizes 10000,100000] [--runs N] [--import-runs N] [--json]
 *
 * The application as a person meets it, at each library size: the CLI's import of the whole
 * library from one file, then on that library a cold start of the served window in Chromium,
 * a first search, clearing it, a triage key, a pasted page, an export from the window, the CLI's
 * search and export, memory, and the server's largest main-thread stall during each step (its
 * timer-lag probe). Medians and 95th percentiles over the runs. Figures, not assertions.
 */

const PASTED_PAPERS = 250;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function rounded(figures: Record<string, number>): string {
  return Object.entries(figures)
    .map(([key, value]) => `${key}=${Math.round(value * 10) / 10}`)
    .join(' ');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const root = process.cwd();
  if (
    !existsSync(join(root, 'out', 'main', 'serve.js')) ||
    !existsSync(join(root, 'out', 'renderer', 'index.html'))
  )
    throw new Error(
      'Shelfmark is not built here: run `npm run build` (npm run bench:app does) from its folder.',
    );
  const work = mkdtempSync(join(tmpdir(), 'shelfmark-bench-app-'));
  const browser = await launchBrowser();
  const bySize = new Map<number, Record<string, Summary>>();
  const raw: Record<number, Record<string, number>[]> = {};
  try {
    // The bench's processes keep their code caches in a folder of their own, so a figure does not
    // depend on which build ran last on the machine.
    process.env.SHELFMARK_CACHE_DIR = join(work, 'code-cache');
    log('Priming the code caches (one untimed run of each command and of serve)');
    await primeCodeCaches(browser, root, work);
    for (const size of options.sizes) {
      log(`\n${size.toLocaleString('en')} papers: writing the library file`);
      const file = join(work, `library-${size}.json`);
      writeLibraryFile(file, size);
      const query = searchWord(size);
      const runs: Record<string, number>[] = [];
      let db = '';
      for (let run = 0; run < Math.max(options.runs, options.importRuns); run += 1) {
        const figures: Record<string, number> = {};
        if (run < options.importRuns) {
          if (db) rmSync(join(db, '..'), { recursive: true, force: true });
          const dir = join(work, `db-${size}-${run}`);
          mkdirSync(dir);
          db = join(dir, 'library.sqlite');
          const imported = await runCli(root, db, ['--create', 'import', file, '--json']);
          figures.import_ms = imported.ms;
          figures.import_peak_rss_mb = imported.peakRssMb;
          figures.import_cpu_ms = imported.cpuMs;
          figures.library_file_mb = statSync(db).size / 1024 / 1024;
          // The first open of a day checks the whole file and backs it up; the cold starts below
          // are then the ordinary ones, as on every later start that day.
          figures.daily_check_ms = (await runCli(root, db, ['settings', '--json'])).ms;
        }
        if (run < options.runs) {
          Object.assign(
            figures,
            await windowRun(browser, root, db, query, pageText(PASTED_PAPERS, size + run)),
          );
          const searched = await runCli(root, db, ['search', query]);
          figures.cli_search_ms = searched.ms;
          figures.cli_search_cpu_ms = searched.cpuMs;
          const exported = await runCli(root, db, ['export', '--format', 'bibtex']);
          figures.export_cli_ms = exported.ms;
          figures.export_cli_peak_rss_mb = exported.peakRssMb;
          figures.export_cli_cpu_ms = exported.cpuMs;
        }
        log(`  run ${run + 1}: ${rounded(figures)}`);
        runs.push(figures);
      }
      bySize.set(size, summarizeRuns(runs));
      raw[size] = runs;
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  if (options.json) {
    console.log(JSON.stringify({ summary: Object.fromEntries(bySize), runs: raw }, null, 2));
    return;
  }
  console.log(`\nMedian / 95th percentile over the runs (one figure after a single run):\n`);
  console.log(renderTable(METRICS, bySize));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
