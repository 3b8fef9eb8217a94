import type { LibraryDb } from '../db/openLibrary';
import { requestFullCheck } from '../db/backups';
import type { SearchClient } from '../search/SearchClient';
import { createDispatch, type Dispatch } from './dispatch';
import { ExportJobs } from './exportJobs';
import { createHandlers } from './handlers';
import { refuseAfterDamage } from './refuseAfterDamage';

export { damagedLibraryDispatch } from './damagedLibrary';

export interface LibraryApi {
  dispatch: Dispatch;
  exportJobs: ExportJobs;
}

/**
 * `serve`'s API over an open library. It is loaded once the server listens (see serve.ts): the
 * argument schemas and handlers are most of what `serve` loads, and the browser is fetching the
 * page meanwhile.
 */
export function libraryApi(db: LibraryDb, path: string, search: SearchClient): LibraryApi {
  const exportJobs = new ExportJobs(db, (request) => search.searchIds(request));
  const dispatch = refuseAfterDamage(createDispatch(createHandlers(db, { search, exportJobs })), () =>
    requestFullCheck(path),
  );
  return { dispatch, exportJobs };
}
