import type { LibraryVersion } from '../../preload/api';
import type { LibraryDb } from './openLibrary';

/**
 * Moves with every change: `data_version` when another connection (another process, the import
 * worker) committed, and the undo log's newest change and replay for this connection's own
 * writes, which data_version does not count. Three lookups on primary keys: cheap to poll.
 */
export function libraryVersion(db: LibraryDb): LibraryVersion {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const newest = (table: string) =>
    db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  const undo = db
    .prepare('SELECT id, label FROM operations WHERE undone = 0 ORDER BY id DESC LIMIT 1')
    .get() as { id: number; label: string } | undefined;
  return {
    version: `${dataVersion}.${newest('operation_changes')}.${newest('operation_replays')}`,
    undo: undo ?? null,
  };
}
