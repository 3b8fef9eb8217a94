import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { searchWord, writeLibraryFile } from './libraryFiles';
import { runCli } from './runCli';
import { startServedApp } from './servedApp';

/** serve saves its code cache 10 s after it starts (scripts/bundle-main.mjs). */
const SERVE_SAVES_CACHE_AFTER_MS = 10_000;
const MARGIN_MS = 1_500;

/**
 * Each command and `serve` run once, untimed, on a small library, and save their V8 code caches
 * as they do after a person's first start: the timed starts are the ones of every later day, not
 * the first after an install.
 */
export async function primeCodeCaches(browser: Browser, root: string, work: string): Promise<void> {
  const dir = join(work, 'prime');
  mkdirSync(dir);
  const file = join(dir, 'library.json');
  const db = join(dir, 'library.sqlite');
  writeLibraryFile(file, 200);
  await runCli(root, db, ['--create', 'import', file, '--json']);
  await runCli(root, db, ['settings', '--json']);
  await runCli(root, db, ['search', searchWord(200)]);
  await runCli(root, db, ['export', '--format', 'bibtex']);
  const started = performance.now();
  const app = await startServedApp(root, db);
  const context = await browser.newContext();
  try {
    await (await context.newPage()).goto(app.url);
    const left = SERVE_SAVES_CACHE_AFTER_MS + MARGIN_MS - (performance.now() - started);
    await new Promise((settle) => setTimeout(settle, Math.max(0, left)));
  } finally {
    await context.close();
    await app.stop();
  }
}
