/**
 * How long search takes to be ready at start, with and without the snapshot (not a test: times
 * are printed, never asserted). Compile with `npx tsc -p test/search/tsconfig.startbench.json`, then:
 *   node out/startbench/test/search/startupBench.js make 100000 /tmp/lib100k.sqlite
 *   node out/startbench/test/search/startupBench.js worker /tmp/lib100k.sqlite
 * `worker` starts the search worker as the app does and times the first answered search, first
 * with no snapshot (a build, which saves one as the worker does at close), then loading it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../../main/db/openLibrary';
import { SearchClient } from '../../main/search/SearchClient';
import { snapshotPathFor } from '../../main/search/SearchService';
import { syntheticLibrary } from '../bench/syntheticLibrary';

function make(size: number, path: string): void {
  rmSync(path, { force: true });
  const db = openLibrary(path);
  const now = new Date().toISOString();
  const paper = db.prepare(
    `INSERT INTO papers (id, citekey, title, title_key, abstract, year, status, position, added_at, updated_at, journal)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const creator = db.prepare(
    "INSERT INTO paper_creators (paper_id, position, role, literal) VALUES (?, ?, 'author', ?)",
  );
  const tag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING');
  const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck();
  const paperTag = db.prepare('INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)');
  const note = db.prepare('INSERT INTO notes (paper_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const doc of syntheticLibrary(size)) {
      paper.run(
        doc.id,
        `key${doc.id}`,
        doc.title,
        doc.title.toLowerCase(),
        doc.abstract,
        doc.year ?? null,
        doc.status,
        doc.id,
        now,
        now,
        doc.venue || null,
      );
      (doc.authors ?? '')
        .split('; ')
        .filter(Boolean)
        .forEach((name, at) => creator.run(doc.id, at, name));
      for (const name of doc.tags) {
        tag.run(name);
        paperTag.run(doc.id, tagId.get(name));
      }
      if (doc.notes) note.run(doc.id, doc.notes, now, now);
    }
  })();
  db.close();
}

async function firstSearch(path: string): Promise<number> {
  const started = performance.now();
  const client = new SearchClient(path, undefined, join(__dirname, '../../main/search/searchWorker.js'));
  await client.search({ query: 'policy', limit: 20 });
  const ready = performance.now() - started;
  await client.close();
  return ready;
}

async function worker(path: string): Promise<void> {
  rmSync(snapshotPathFor(path) ?? '', { force: true });
  console.log(`worker, no snapshot (build): ${(await firstSearch(path)).toFixed(0)} ms`);
  for (let run = 0; run < 3; run += 1)
    console.log(`worker, snapshot loaded: ${(await firstSearch(path)).toFixed(0)} ms`);
}

const [command, size, path] = process.argv.slice(2);
if (command === 'make' && size && path) make(Number(size), path);
else if (command === 'worker' && size) {
  // The client unrefs its worker: something must keep this process alive while it waits.
  const alive = setInterval(() => undefined, 1000);
  void worker(size).finally(() => clearInterval(alive));
} else console.error('usage: startupBench.js make SIZE PATH | worker PATH');
