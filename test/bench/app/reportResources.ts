import { writeFileSync } from 'node:fs';

/**
 * Loaded with `node -r` into a CLI the bench runs: at exit, writes the process's peak resident
 * memory (kB) and the CPU time of all its threads (ms) to $SHELFMARK_BENCH_RESOURCES_FILE as JSON.
 */
const target = process.env.SHELFMARK_BENCH_RESOURCES_FILE;
if (target)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
  });
