import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  ms: number;
  peakRssMb: number;
}

/** Runs `shelfmark --db DB ...args` as a person would, its output thrown away; wall time and peak memory. */
export async function runCli(root: string, db: string, args: readonly string[]): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'shelfmark-bench-cli-'));
  const rssFile = join(scratch, 'peak-rss');
  const sink = openSync('/dev/null', 'w');
  const started = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['-r', join(__dirname, 'reportPeakRss.js'), join(root, 'bin', 'shelfmark.js'), '--db', db, ...args],
        { stdio: ['ignore', sink, 'pipe'], env: { ...process.env, SHELFMARK_BENCH_PEAK_RSS_FILE: rssFile } },
      );
      let errors = '';
      child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`shelfmark ${args.join(' ')} exited with ${code}:\n${errors}`)),
      );
    });
    const ms = performance.now() - started;
    return { ms, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
  } finally {
    closeSync(sink);
    rmSync(scratch, { recursive: true, force: true });
  }
}
