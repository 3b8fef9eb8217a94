import type { SourceName } from '../lookup/candidate';
import type { CachedResponse, ResponseCache } from '../lookup/transport/responseCache';
import type { LibraryDb } from './openLibrary';

/** The lookup answers kept in the library file, shared by the window and the CLI. */
export function libraryCache(db: LibraryDb, now: () => Date = () => new Date()): ResponseCache {
  const read = db.prepare('SELECT status, body FROM lookup_cache WHERE request_key = ?');
  const write = db.prepare(
    `INSERT INTO lookup_cache (request_key, source, status, body, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (request_key) DO UPDATE SET status = excluded.status, body = excluded.body, fetched_at = excluded.fetched_at`,
  );
  return {
    get: (key) => (read.get(key) as CachedResponse | undefined) ?? null,
    put: (key: string, source: SourceName, response: CachedResponse) =>
      void write.run(key, source, response.status, response.body, now().toISOString()),
  };
}
