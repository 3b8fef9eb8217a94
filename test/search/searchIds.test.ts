import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchClient } from '../../main/search/SearchClient';
import { SearchService } from '../../main/search/SearchService';
import { seedMiniPage } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const WORKER = resolve(__dirname, '../../out/main/search/searchWorker.js');
const built = existsSync(WORKER);
if (!built)
  console.warn(`SKIPPED: the worker half needs the build (${WORKER}); run \`npm run build\` first.`);

const tempLibrary = useTempLibrary();
const clients: SearchClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

describe("a query's ids for an export", () => {
  it('are every match, best first, as one typed array', () => {
    const { db } = tempLibrary();
    seedMiniPage(db);
    const service = new SearchService(db);
    const request = { query: 'learning' };
    const all = service.search({ ...request, limit: 10_000 });
    expect(all.hits.length).toBeGreaterThan(1);
    const ids = service.searchIds(request);
    expect(ids).toBeInstanceOf(Float64Array);
    expect([...ids]).toEqual(all.hits.map((hit) => hit.id));
  });

  it.skipIf(!built)('cross from the worker as a typed array, not a hit per paper', async () => {
    const { db, path } = tempLibrary();
    seedMiniPage(db);
    const expected = new SearchService(db)
      .search({ query: 'learning', limit: 10_000 })
      .hits.map((hit) => hit.id);
    const client = new SearchClient(path, undefined, WORKER);
    clients.push(client);
    const ids = await client.searchIds({ query: 'learning' });
    expect(ids).toBeInstanceOf(Float64Array);
    expect([...ids]).toEqual(expected);
  });
});

describe("the list window's ranking", () => {
  it.skipIf(!built)(
    'crosses from the worker as ids, counts and marks, in the order of a search',
    async () => {
      const { db, path } = tempLibrary();
      seedMiniPage(db);
      const request = { query: 'learning agent', limit: 3 };
      const expected = new SearchService(db).search(request);
      const client = new SearchClient(path, undefined, WORKER);
      clients.push(client);
      // A fresh worker answers at once from SQLite, partial, until its index is built.
      let ranked = await client.rank(request);
      while (ranked.partial) ranked = await client.rank(request);
      expect(ranked.ids).toBeInstanceOf(Float64Array);
      expect([...ranked.ids]).toEqual(expected.hits.map((hit) => hit.id));
      expect(ranked).toMatchObject({ total: expected.total, totalIsExact: expected.totalIsExact });
      expect(ranked.marks.terms).toEqual(expect.arrayContaining(['learning']));
    },
  );
});
