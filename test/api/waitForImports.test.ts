import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../preload/api';
import type { Handlers } from '../../main/api/handlers';
import { waitForImports } from '../../main/api/waitForImports';

/** An import that runs until `finish` is called. */
function runningImport() {
  let finish = () => {};
  const finished = new Promise<void>((done) => (finish = done));
  return { imports: { idle: () => finished }, finish };
}

/** Handlers that answer with their own name, for every method the window calls. */
function namedHandlers(methods: readonly ApiMethod[]): Handlers {
  return Object.fromEntries(methods.map((method) => [method, () => method])) as unknown as Handlers;
}

const settled = async (promise: unknown) => {
  let done = false;
  void Promise.resolve(promise).then(() => (done = true));
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
  return done;
};

// What the window keeps asking while a big import runs: the rows as it scrolls, the poll for
// other processes' changes, a running export's and lookup's progress.
const READS: ApiMethod[] = [
  'windowState',
  'listWindow',
  'listIds',
  'libraryVersion',
  'queueCounts',
  'listTags',
  'getPaper',
  'search',
  'undoState',
  'runningLookup',
  'lookupProgress',
  'listLookupReviews',
  'getLookupSettings',
  'listMissingDetails',
  'publishedVersion',
  'startExport',
  'exportProgress',
  'cancelExport',
  'damagedLibrary',
  'readIdentifiers',
  'importProgress',
  'cancelImport',
  'cancelLookup',
];
const WRITES: ApiMethod[] = ['setStatus', 'addTags', 'editPaper', 'addNote', 'undo', 'redo', 'startLookup'];

describe('waitForImports', () => {
  it.each(READS)('%s answers at once while an import runs', async (method) => {
    const { imports } = runningImport();
    const gated = waitForImports(imports, namedHandlers([method]));
    const answer = (gated[method] as (args: never) => unknown)({} as never);
    expect(await settled(answer)).toBe(true);
    expect(await answer).toBe(method);
  });

  it.each(WRITES)('%s waits for the import, then runs', async (method) => {
    const { imports, finish } = runningImport();
    const gated = waitForImports(imports, namedHandlers([method]));
    const answer = (gated[method] as (args: never) => unknown)({} as never);
    expect(await settled(answer)).toBe(false);
    finish();
    expect(await answer).toBe(method);
  });
});
