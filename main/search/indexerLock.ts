import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A background indexer (`shelfmark index`, started by the CLI's import) marks the snapshot it is
 * writing with `<snapshot>.building`, holding its process id. A search that finds no usable
 * snapshot waits for it rather than building the same index beside it on the same cores.
 */
function lockPath(snapshotPath: string): string {
  return `${snapshotPath}.building`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The process building this snapshot now, if one is. */
export function indexerRunning(snapshotPath: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(lockPath(snapshotPath), 'utf8'));
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/**
 * Marks the snapshot as being built by this process; null when another live process already is
 * (a mark left by one that died is taken over). Call the answer to release it.
 */
export function claimIndexing(snapshotPath: string): (() => void) | null {
  const path = lockPath(snapshotPath);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') return null;
      if (indexerRunning(snapshotPath) !== null) return null;
      rmSync(path, { force: true });
    }
  }
  return null;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Blocks (a worker thread or a CLI run, never a window's main thread) while another process
 * builds this snapshot, up to `maxMs`; true if one was running.
 */
export function waitForIndexer(snapshotPath: string, maxMs: number): boolean {
  const until = Date.now() + maxMs;
  let waited = false;
  for (let pid = indexerRunning(snapshotPath); pid !== null && pid !== process.pid && Date.now() < until;) {
    waited = true;
    Atomics.wait(pause, 0, 0, 50);
    pid = indexerRunning(snapshotPath);
  }
  return waited;
}
