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
