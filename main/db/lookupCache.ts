import type { SourceName } from '../lookup/candidate';
import {
  isFresh,
  type CachedEntry,
  type CachedResponse,
  type ResponseCache,
} from '../lookup/transport/responseCache';
import type { LibraryDb } from './openLibrary';

/** The lookup answers kept in the library file, shared by the window and the CLI; fetched_at ages them. */
export function libraryCache(db: LibraryDb, now: () => Date = () => new Date()): ResponseCache {
  const read = db.prepare('SELECT status, body, fetched_at FROM lookup_cache WHERE request_key = ?');
  const write = db.prepare(
    `INSERT INTO lookup_cache (request_key, source, status, body, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (request_key) DO UPDATE SET status = excluded.status, body = excluded.body, fetched_at = excluded.fetched_at`,
  );
  return {
    get: (key, ageLimit) => {
      const row = read.get(key) as (CachedResponse & { fetched_at: string }) | undefined;
      if (!row) return null;
      const entry: CachedEntry = {
        status: row.status,
        body: row.body,
        fetchedAt: Date.parse(row.fetched_at),
      };
      return isFresh(entry, now().getTime(), ageLimit) ? { status: entry.status, body: entry.body } : null;
    },
    put: (key: string, source: SourceName, response: CachedResponse) =>
      void write.run(key, source, response.status, response.body, now().toISOString()),
  };
}
