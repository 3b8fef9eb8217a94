import type { ApiMethod } from '../../preload/api';
import type { ImportRunner } from '../library/ImportRunner';
import type { Handlers } from './handlers';

/** Methods that never write, and the import's own: everything else waits while an import runs. */
const RUN_AT_ONCE: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'listPapers',
  'getPaper',
  'search',
  'highlightPaper',
  'queueCounts',
  'previewImport',
  'commitImport',
  'exportPapers',
  'saveExport',
  'previewRekey',
  'listTags',
  'previewTagRename',
  'undoState',
  'importProgress',
  'cancelImport',
]);

/**
 * An import writes from its worker in one transaction. A tag or note written meanwhile on main's
 * connection would wait for that lock inside SQLite, blocking main (and fail after the busy
 * timeout); here it waits for the import without blocking anything, then runs.
 */
export function waitForImports(imports: ImportRunner, handlers: Handlers): Handlers {
  const gated = { ...handlers } as Record<ApiMethod, (args: never) => unknown>;
  for (const method of Object.keys(handlers) as ApiMethod[]) {
    if (RUN_AT_ONCE.has(method)) continue;
    const handler = handlers[method] as (args: never) => unknown;
    gated[method] = async (args: never) => {
      await imports.idle();
      return handler(args);
    };
  }
  return gated as Handlers;
}
