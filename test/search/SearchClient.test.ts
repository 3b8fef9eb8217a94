import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addTags } from '../../main/library/tags';
import { SearchClient } from '../../main/search/SearchClient';
import { seedMiniPage } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const WORKER = resolve(__dirname, '../../out/main/search/searchWorker.js');
const built = existsSync(WORKER);
if (!built)
  console.warn(`SKIPPED: the search worker test needs the build (${WORKER}); run \`npm run build\` first.`);

const tempLibrary = useTempLibrary();
const clients: SearchClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

describe.skipIf(!built)('the search worker', () => {
  it('answers searches in its own thread and sees changes main makes to the file', async () => {
    const { db, path } = tempLibrary();
    const ids = seedMiniPage(db);
    const client = new SearchClient(path, undefined, WORKER);
    clients.push(client);
    const first = await client.search({ query: 'zeta' });
    expect(first.hits.map((hit) => hit.id)).toEqual([ids[0]]);
    addTags(db, [ids[1] ?? 0], ['persimmon']);
    const tagged = await client.search({ query: 'persimmon' });
    expect(tagged.hits.map((hit) => hit.id)).toEqual([ids[1]]);
    const marks = await client.highlight(ids[0] ?? 0, 'zeta');
    expect(marks.titleRanges).toEqual([[0, 4]]);
  });

  it('saves its index when closed, and a new worker starts from it and catches up', async () => {
    const { db, path } = tempLibrary();
    const ids = seedMiniPage(db);
    const client = new SearchClient(path, undefined, WORKER);
    expect((await client.search({ query: 'zeta' })).hits.map((hit) => hit.id)).toEqual([ids[0]]);
    await client.close();
    expect(existsSync(`${path}.search-index`)).toBe(true);
    addTags(db, [ids[2] ?? 0], ['quince']);
    const next = new SearchClient(path, undefined, WORKER);
    clients.push(next);
    expect((await next.search({ query: 'quince' })).hits.map((hit) => hit.id)).toEqual([ids[2]]);
  });

  it('turns a worker that cannot open its library into a rejected promise, not a hang', async () => {
    const client = new SearchClient('/nonexistent/library.sqlite', undefined, WORKER);
    clients.push(client);
    await expect(client.search({ query: 'x' })).rejects.toThrow();
  });
});
