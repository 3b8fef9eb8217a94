import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/api/handlers';
import { TRACKED_TABLES } from '../../main/db/migrations/changeTriggers';
import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import { commitImport } from '../../main/library/importText';
import { ImportRunner } from '../../main/library/ImportRunner';
import { syntheticExport } from '../bench/importFiles';
import { useTempLibrary } from '../fixtures/tempLibrary';

const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'out/main/library/importWorker.js');
const built = existsSync(WORKER);
if (!built)
  console.warn(`SKIPPED: the import worker tests need the build (${WORKER}); run \`npm run build\` first.`);

const tempLibrary = useTempLibrary();
const OPTIONS = { sourceName: 'big.json', format: 'auto', placement: 'bottom' } as const;

function everyRow(db: LibraryDb): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(TRACKED_TABLES)) {
    rows[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${key.join(', ')}`).all();
  }
  return rows;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.skipIf(!built)('imports off the main thread', () => {
  it('imports in a worker with its own connection, reporting progress up to the whole', async () => {
    const { db } = tempLibrary();
    const runner = new ImportRunner(db, undefined, WORKER);
    const seen: number[] = [];
    const running = runner.run(syntheticExport(3000), OPTIONS);
    while (runner.progress().running) {
      seen.push(runner.progress().done);
      await sleep(5);
    }
    const result = await running;
    expect(result.added).toBe(3000);
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(3000);
    expect(Math.max(...seen)).toBeLessThanOrEqual(3000);
    expect(runner.progress()).toEqual({ running: false, done: 0, total: 0 });
  });

  it('cancel leaves the library exactly as it was', async () => {
    const { db } = tempLibrary();
    await commitImport(db, 'An Earlier Paper\nAnother Earlier Paper');
    const before = everyRow(db);
    const runner = new ImportRunner(db, undefined, WORKER);
    const running = runner.run(syntheticExport(6000), OPTIONS);
    while (runner.progress().done === 0) await sleep(2);
    expect(runner.cancel()).toBe(true);
    await expect(running).rejects.toThrow('The import was cancelled. Nothing was imported.');
    expect(everyRow(db)).toEqual(before);
    expect(runner.cancel()).toBe(false);
  });

  it("a person's tag during a big import waits for it and succeeds, without blocking main", async () => {
    const { db } = tempLibrary();
    await commitImport(db, 'An Earlier Paper');
    const handlers = createHandlers(db, { imports: new ImportRunner(db, undefined, WORKER) });
    const importing = handlers.commitImport({ text: syntheticExport(4000) });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const tagging = handlers.addTags({ ids: [1], names: ['during'] });
    expect(await handlers.importProgress({})).toMatchObject({ running: true });
    const [imported, tagged] = await Promise.all([importing, tagging]);
    clearInterval(timer);
    expect(imported.added).toBe(4000);
    expect(tagged.added).toBe(1);
    expect(ticks).toBeGreaterThan(0);
    expect(
      db
        .prepare('SELECT count(*) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = ?')
        .pluck()
        .get('during'),
    ).toBe(1);
  });

  it('a tag written from another connection during an import waits for its lock and succeeds', async () => {
    const { db, path } = tempLibrary();
    await commitImport(db, 'An Earlier Paper');
    const runner = new ImportRunner(db, undefined, WORKER);
    const running = runner.run(syntheticExport(4000), OPTIONS);
    while (runner.progress().done === 0) await sleep(2);
    const other = openLibrary(path);
    try {
      const { addTags } = await import('../../main/library/tags');
      expect(addTags(other, [1], ['meanwhile']).added).toBe(1);
    } finally {
      other.close();
    }
    expect((await running).added).toBe(4000);
  });
});

/** Runs the built CLI; resolves with its exit code and output. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // No background indexer: it would outlive the run and write into the temp folder as it is removed.
    const env = { ...process.env, SHELFMARK_NO_BACKGROUND_INDEX: '1' };
    const child = spawn(process.execPath, [join(ROOT, 'bin/shelfmark.js'), ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Waits until another connection holds the library's write lock (the import's transaction). */
async function untilWriteLocked(path: string): Promise<void> {
  const probe = new Database(path);
  probe.pragma('busy_timeout = 0');
  try {
    for (;;) {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
      } catch {
        return;
      }
      await sleep(10);
    }
  } finally {
    probe.close();
  }
}

describe.skipIf(!built)('CLI writes during a 16,000-paper CLI import (issue 10, item 14)', () => {
  it('wait and succeed, or say clearly to try again; never fail silently', async () => {
    const { db, path } = tempLibrary();
    await commitImport(db, 'An Earlier Paper');
    db.close();
    const file = join(path, '..', 'big.json');
    writeFileSync(file, syntheticExport(16_000));
    const importing = cli(['--db', path, 'import', file, '--json']);
    await untilWriteLocked(path);
    const tagging = await cli(['--db', path, 'tag', '1', '+meanwhile']);
    const imported = await importing;
    console.log(`CLI tag during the import: exit ${tagging.code} ${tagging.stderr.trim()}`);
    expect(imported.code).toBe(0);
    const check = openLibrary(path);
    try {
      const tagged = check
        .prepare(
          "SELECT count(*) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = 'meanwhile'",
        )
        .pluck()
        .get();
      if (tagging.code === 0) expect(tagged).toBe(1);
      else {
        expect(tagging.stderr).toMatch(/try again/);
        expect(tagged).toBe(0);
      }
      expect(check.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(16_001);
    } finally {
      check.close();
    }
  }, 120_000);
});

describe.skipIf(!built)('a worker started ahead of the import', () => {
  it('the import after a preview uses the worker the preview started, and the next one starts its own', async () => {
    const { db } = tempLibrary();
    const runner = new ImportRunner(db, undefined, WORKER);
    const handlers = createHandlers(db, { imports: runner });
    const page = 'A First Pasted Paper\nA Second Pasted Paper';
    expect((await handlers.previewImport({ text: page })).candidates).toHaveLength(2);
    await handlers.previewImport({ text: page });
    expect(runner.workersStarted).toBe(1);

    expect((await handlers.commitImport({ text: page })).added).toBe(2);
    expect(runner.workersStarted).toBe(1);
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(2);

    expect((await handlers.commitImport({ text: 'A Third Pasted Paper' })).added).toBe(1);
    expect(runner.workersStarted).toBe(2);
  });

  it('the prepared worker reads the previewed text meanwhile, and its import of that text uses what it read', async () => {
    const { db } = tempLibrary();
    const runner = new ImportRunner(db, undefined, WORKER);
    const handlers = createHandlers(db, { imports: runner });
    const page = 'A First Pasted Paper\nA Second Pasted Paper';
    await handlers.previewImport({ text: page });
    expect((await handlers.commitImport({ text: page })).added).toBe(2);
    expect(runner.readsAheadUsed).toBe(1);

    // Another text than the one previewed (edited after the preview) is read at the import.
    await handlers.previewImport({ text: 'A Third Pasted Paper' });
    expect((await handlers.commitImport({ text: 'A Fourth Pasted Paper\nA Fifth Pasted Paper' })).added).toBe(
      2,
    );
    expect(runner.readsAheadUsed).toBe(1);
    const titles = db.prepare('SELECT title FROM papers ORDER BY id').pluck().all();
    expect(titles).toEqual([
      'A First Pasted Paper',
      'A Second Pasted Paper',
      'A Fourth Pasted Paper',
      'A Fifth Pasted Paper',
    ]);

    // The same text in another format is read again too.
    await handlers.previewImport({ text: 'A Sixth Pasted Paper' });
    await handlers.commitImport({ text: 'A Sixth Pasted Paper', format: 'trending' });
    expect(runner.readsAheadUsed).toBe(1);
  });

  it('a previewed text that cannot be read is read again at the import, which says why, and the next import works', async () => {
    const { db } = tempLibrary();
    const runner = new ImportRunner(db, undefined, WORKER);
    const handlers = createHandlers(db, { imports: runner });
    const broken = { text: '{"title": "Cut off', format: 'csl-json' as const };
    await expect(handlers.previewImport(broken)).rejects.toThrow('is not valid JSON');
    await expect(handlers.commitImport(broken)).rejects.toThrow(
      /is not valid JSON \(line 1\)\. Nothing was imported\.$/,
    );
    expect(runner.readsAheadUsed).toBe(0);
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(0);

    expect((await handlers.commitImport({ text: 'A Paper After The Broken One' })).added).toBe(1);
  });

  it('cancel stops a prepared worker and leaves the library as it was', async () => {
    const { db } = tempLibrary();
    await commitImport(db, 'An Earlier Paper');
    const before = everyRow(db);
    const runner = new ImportRunner(db, undefined, WORKER);
    runner.prepare();
    const running = runner.run(syntheticExport(6000), OPTIONS);
    while (runner.progress().done === 0) await sleep(2);
    expect(runner.cancel()).toBe(true);
    await expect(running).rejects.toThrow('The import was cancelled. Nothing was imported.');
    expect(everyRow(db)).toEqual(before);
    expect(runner.workersStarted).toBe(1);
  });
});
