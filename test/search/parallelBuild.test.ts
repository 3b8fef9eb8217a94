import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitImport } from '../../main/library/importText';
import { encodeSnapshot } from '../../main/search/indexSnapshot';
import { getPriority } from 'node:os';
import {
  buildInParallel,
  buildOffThread,
  buildRange,
  threadPriorityIsOwn,
} from '../../main/search/parallelBuild';
import { SearchService } from '../../main/search/SearchService';
import { useTempDir, useTempLibrary } from '../fixtures/tempLibrary';
import { syntheticLibrary } from '../bench/syntheticLibrary';

const WORKER = resolve(__dirname, '../../out/main/search/buildWorker.js');
const workerBuilt = existsSync(WORKER);
if (!workerBuilt)
  console.warn(
    `SKIPPED: the two-thread build test needs the build (${WORKER}); run \`npm run build\` first.`,
  );

const tempLibrary = useTempLibrary();
const tempDir = useTempDir();
const STAMP = { library: 'lib', lastChange: 1, lastReplay: 0, logMark: '' };

async function libraryOf(count: number) {
  const { db } = tempLibrary();
  const lines = syntheticLibrary(count).flatMap((doc) => [doc.title, doc.abstract]);
  await commitImport(db, ['Trending papers', ...lines].join('\n'));
  return db;
}

describe('building the index on two threads', () => {
  it.skipIf(!workerBuilt)('reads half the papers in a worker and saves what one thread would', async () => {
    const db = await libraryOf(120);
    const whole = buildRange(db);
    expect(whole.docs.ids.length).toBe(120);
    const { state, threads } = await buildInParallel(db, { worker: WORKER });
    expect(threads).toBe(1);
    expect(encodeSnapshot(state, STAMP).equals(encodeSnapshot(whole, STAMP))).toBe(true);
  });

  it('is caught up, once taken, with what changed after the log position taken before it read', async () => {
    const db = await libraryOf(20);
    const service = new SearchService(db);
    const position = service.logPosition();
    const state = buildRange(db);
    await commitImport(db, 'Quokka Habitat Planning');
    service.adopt(state, position);
    expect(service.search({ query: 'quokka' }).hits).toHaveLength(1);
    expect(service.origin).toBe('built');
    expect(service.search({ query: 'policy' }).total).toBe(
      new SearchService(db).search({ query: 'policy' }).total,
    );
  });

  it('builds the half of a worker that fails here instead', async () => {
    const db = await libraryOf(40);
    const broken = join(tempDir(), 'brokenWorker.js');
    writeFileSync(broken, "throw new Error('no connection');");
    const { state, threads } = await buildInParallel(db, { worker: broken });
    expect(threads).toBe(0);
    expect(encodeSnapshot(state, STAMP).equals(encodeSnapshot(buildRange(db), STAMP))).toBe(true);
  });

  it('builds on this thread alone without a built worker, or with one paper', async () => {
    const db = await libraryOf(3);
    const alone = await buildInParallel(db, { worker: resolve(__dirname, 'no-such-worker.js') });
    expect(alone.threads).toBe(0);
    expect(alone.state.docs.ids.length).toBe(3);
  });

  it.skipIf(!workerBuilt)(
    'builds the whole index off the calling thread, the same as one thread would',
    async () => {
      const db = await libraryOf(60);
      const before = getPriority();
      const state = await buildOffThread(db, { worker: WORKER });
      // The build's thread lowered its own priority, never the caller's.
      expect(getPriority()).toBe(before);
      expect(encodeSnapshot(state, STAMP).equals(encodeSnapshot(buildRange(db), STAMP))).toBe(true);
    },
  );

  it.skipIf(!workerBuilt)(
    'builds in the background at the lowest priority, in this thread and the ones it starts',
    () => {
      const script = `
      const { buildInBackground } = require(${JSON.stringify(resolve(__dirname, '../../out/main/search/parallelBuild.js'))});
      buildInBackground();
      const { Worker } = require('node:worker_threads');
      new Worker("require('node:worker_threads').parentPort.postMessage(require('node:os').getPriority())", { eval: true })
        .once('message', (child) => console.log(JSON.stringify([require('node:os').getPriority(), child])));`;
      const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(JSON.parse(output)).toEqual([19, 19]);
    },
  );

  it("lowers a worker thread's priority only where that lowers the thread alone", () => {
    expect(threadPriorityIsOwn('linux')).toBe(true);
    // macOS would lower the whole process, Windows set its class to idle.
    expect(threadPriorityIsOwn('darwin')).toBe(false);
    expect(threadPriorityIsOwn('win32')).toBe(false);
  });

  it.skipIf(!workerBuilt)(
    'leaves a worker thread at the usual priority on a platform where it would lower the process',
    () => {
      const script = `
      const { Worker } = require('node:worker_threads');
      const source = "const { buildInBackground } = require(" + ${JSON.stringify(JSON.stringify(resolve(__dirname, '../../out/main/search/parallelBuild.js')))} + ");" +
        "buildInBackground('darwin'); require('node:worker_threads').parentPort.postMessage(require('node:os').getPriority())";
      new Worker(source, { eval: true }).once('message', (child) => console.log(JSON.stringify([require('node:os').getPriority(), child])));`;
      const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(JSON.parse(output)).toEqual([0, 0]);
    },
  );
});
