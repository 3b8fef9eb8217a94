import { writeFileSync } from 'node:fs';

/**
 * Loaded with `node -r` into a CLI the bench runs: at exit, writes the process's peak resident
 * memory (kB) to $SHELFMARK_BENCH_PEAK_RSS_FILE.
 */
const target = process.env.SHELFMARK_BENCH_PEAK_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
