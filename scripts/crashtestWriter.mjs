// One writer for scripts/crashtest.mjs: adds papers (and tags every fifth) through the library core
// until it is killed, printing "ACK <kind> <title>" only after each change has committed.
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main');
const { openLibrary } = require(join(out, 'db', 'openLibrary.js'));
const { commitImport } = require(join(out, 'library', 'importText.js'));
const { addTags } = require(join(out, 'library', 'tags.js'));

const [path, writer] = process.argv.slice(2);
const db = openLibrary(path, { create: false });
for (let i = 0; ; i += 1) {
  const title = `Crashtest ${writer} paper ${i}: durable storage under sudden power loss`;
  const result = await commitImport(db, title);
  writeSync(1, `ACK paper ${title}\n`);
  if (i % 5 === 4 && result.added === 1) {
    const id = db.prepare('SELECT id FROM papers WHERE title = ?').pluck().get(title);
    addTags(db, [id], [`crash-${writer}`]);
    writeSync(1, `ACK tag ${title}\n`);
  }
}
