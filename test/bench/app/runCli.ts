import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  ms: number;
  peakRssMb: number;
  /** CPU time of all its threads: steadier than wall time on a busy machine. */
  cpuMs: number;
}

/** Runs `shelfmark --db DB ...args` as a person would, its output thrown away; wall time, peak memory and CPU time. */
export async function runCli(root: string, db: string, args: readonly string[]): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'shelfmark-bench-cli-'));
  const resourcesFile = join(scratch, 'resources.json');
  const sink = openSync('/dev/null', 'w');
  const started = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['-r', join(__dirname, 'reportResources.js'), join(root, 'bin', 'shelfmark.js'), '--db', db, ...args],
        {
          stdio: ['ignore', sink, 'pipe'],
          env: { ...process.env, SHELFMARK_BENCH_RESOURCES_FILE: resourcesFile },
        },
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
    const used = JSON.parse(readFileSync(resourcesFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
    return { ms, peakRssMb: used.maxRssKb / 1024, cpuMs: used.cpuMs };
  } finally {
    closeSync(sink);
    rmSync(scratch, { recursive: true, force: true });
  }
}
