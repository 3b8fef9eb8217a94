#!/usr/bin/env node
/**
 * Kills writers with SIGKILL at random moments and checks, after each kill, that the library
 * passes integrity_check and still holds every change a writer acknowledged.
 *
 *   npm run crashtest -- --runs 200 [--seed N]
 *
 * Each run starts two writers on one library: a core writer (scripts/crashtestWriter.mjs, a
 * loop of committed imports and tag changes) and a real CLI process (`shelfmark import -`),
 * and kills both after a random delay. Runs outside `npm test`: it takes minutes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bulkCrashRuns, countIntegrityFailure } from './crashtestBulk.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { openLibrary } = require(join(root, 'out', 'main', 'db', 'openLibrary.js'));
const CLI = join(root, 'out', 'main', 'cli.js');
const WRITER = join(root, 'scripts', 'crashtestWriter.mjs');

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const runs = Number(values.runs ?? 50);
let state = Number(values.seed ?? Date.now() % 1_000_000);
const seed = state;
/** mulberry32: the same kills for the same --seed. */
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * Starts a process and collects its output; `exited` resolves when it has exited.
 * @param {string[]} args
 * @param {string} [stdin]
 */
function start(args, stdin) {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.on('error', () => undefined);
  child.stdin.end(stdin ?? '');
  const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

const dir = mkdtempSync(join(tmpdir(), 'shelfmark-crashtest-'));
const path = join(dir, 'library.sqlite');
const totals = {
  runs: 0,
  killed: 0,
  acknowledged: 0,
  integrityFailures: 0,
  lost: 0,
  refused: 0,
  cliAcked: 0,
};
const acknowledged = { papers: new Set(), tags: new Map() };

try {
  const init = start([CLI, 'init', path]);
  if ((await init.exited).code !== 0) throw new Error(`init failed: ${init.output().stderr}`);

  for (let run = 0; run < runs; run += 1) {
    const cliTitle = `Crashtest CLI run ${run}: an acknowledged import survives a kill`;
    const core = start([WRITER, path, `w${run}`]);
    const cli = start([CLI, '--db', path, 'import', '-'], `${cliTitle}\n`);
    // Long enough to reach open, backup, import and checkpoint; short enough to land anywhere in them.
    const delay = 300 + Math.floor(random() * 3700);
    await new Promise((done) => setTimeout(done, delay));
    for (const { child } of [core, cli]) child.kill('SIGKILL');
    const [coreExit, cliExit] = await Promise.all([core.exited, cli.exited]);
    totals.runs += 1;
    totals.killed += [coreExit, cliExit].filter((exit) => exit.signal === 'SIGKILL').length;

    for (const line of core.output().stdout.split('\n')) {
      const match = /^ACK (paper|tag) (.+)$/.exec(line);
      if (!match) continue;
      if (match[1] === 'paper') acknowledged.papers.add(match[2]);
      else acknowledged.tags.set(match[2], `crash-w${run}`);
    }
    if (cliExit.code === 0 && /Added 1 paper/.test(cli.output().stdout)) {
      acknowledged.papers.add(cliTitle);
      totals.cliAcked += 1;
    }

    // Open as the app would (read-only checks first, quick_check on a hot -wal), then check everything.
    let db;
    try {
      db = openLibrary(path, { create: false });
    } catch (error) {
      totals.refused += 1;
      console.error(`run ${run}: the library was refused after the kill: ${String(error)}`);
      break;
    }
    try {
      countIntegrityFailure(db, totals, `run ${run}`);
      const titles = new Set(db.prepare('SELECT title FROM papers').pluck().all());
      const missing = [...acknowledged.papers].filter((title) => !titles.has(title));
      const tagged = db.prepare(
        'SELECT 1 FROM papers p JOIN paper_tags pt ON pt.paper_id = p.id JOIN tags t ON t.id = pt.tag_id WHERE p.title = ? AND t.name = ?',
      );
      const missingTags = [...acknowledged.tags].filter(([title, tag]) => !tagged.get(title, tag));
      if (missing.length + missingTags.length > 0) {
        totals.lost += missing.length + missingTags.length;
        console.error(
          `run ${run}: lost acknowledged writes: ${[...missing, ...missingTags.map(([t]) => `tag on ${t}`)].slice(0, 5).join(' | ')}`,
        );
      }
    } finally {
      db.close();
    }
    if ((run + 1) % 10 === 0)
      console.log(`${run + 1}/${runs} runs, ${acknowledged.papers.size} acknowledged papers so far`);
  }
  totals.acknowledged = acknowledged.papers.size + acknowledged.tags.size;
  const bulk = await bulkCrashRuns({
    runs: Math.max(5, Math.ceil(runs / 2)),
    random,
    start,
    openLibrary,
    CLI,
  });
  console.log(
    `bulk CLI imports (rollback journal): ${bulk.runs} runs, ${bulk.killed} killed (${bulk.journals} inside the import, leaving a -journal), ${bulk.acked} acknowledged, ` +
      `${bulk.integrityFailures} integrity failures, ${bulk.torn} torn imports or counts, ${bulk.lost} lost, ${bulk.refused} refused opens.`,
  );
  totals.integrityFailures += bulk.integrityFailures;
  totals.lost += bulk.lost + bulk.torn;
  totals.refused += bulk.refused;
  console.log(
    `crashtest (seed ${seed}): ${totals.runs} runs, ${totals.killed} processes killed with SIGKILL, ` +
      `${totals.acknowledged} acknowledged writes checked (${totals.cliAcked} by the CLI), ` +
      `${totals.integrityFailures} integrity failures, ${totals.lost} lost acknowledged writes, ${totals.refused} refused opens.`,
  );
  process.exitCode = totals.integrityFailures + totals.lost + totals.refused > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
