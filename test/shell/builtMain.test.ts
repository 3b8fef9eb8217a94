import Module from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../preload/api';
import { openLibrary } from '../../main/db/openLibrary';
import { createElectronMock, type ElectronMock } from './electronMock';

const BUILT_MAIN = resolve(__dirname, '../../out/main/index.js');
const built = existsSync(BUILT_MAIN);
if (!built)
  console.warn(`SKIPPED: the built main test needs the build (${BUILT_MAIN}); run \`npm run build\`.`);

// The search worker may still be saving its index beside the library as the test ends.
const work = mkdtempSync(join(tmpdir(), 'shelfmark-built-main-'));
afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }));
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const realLoad = loader._load;
let electron: ElectronMock | null = null;

afterEach(() => {
  electron?.app.emit('will-quit');
  loader._load = realLoad;
  delete require.cache[BUILT_MAIN];
  delete process.env.SHELFMARK_DB;
});

describe.skipIf(!built)("Electron's main as built (one bundled file, scripts/bundle-main.mjs)", () => {
  it('opens its window and answers an API call, with the real search worker beside it', async () => {
    process.env.SHELFMARK_DB = join(work, 'library.sqlite');
    openLibrary(process.env.SHELFMARK_DB).close();
    const mock = createElectronMock();
    electron = mock;
    loader._load = function (request, parent, isMain) {
      return request === 'electron' ? mock : realLoad.call(this, request, parent, isMain);
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build itself
    require(BUILT_MAIN);
    await vi.waitFor(() => expect(mock.BrowserWindow.instances).toHaveLength(1));
    const handler = mock.ipcHandlers.get(IPC_CHANNEL);
    const trusted = { senderFrame: { url: 'app://shelfmark/index.html', parent: null } };
    expect(await handler?.(trusted, 'queueCounts', {})).toEqual({
      ok: true,
      value: { all: 0, unread: 0, reading: 0, read: 0 },
    });
    expect(await handler?.(trusted, 'search', { query: 'policy' })).toMatchObject({ ok: true });
    // Quitting saves the search index beside the library, then stops the worker: wait for it,
    // so the folder is not removed while the worker writes into it.
    mock.app.emit('will-quit');
    await vi.waitFor(() => expect(existsSync(`${process.env.SHELFMARK_DB}.search-index`)).toBe(true), {
      timeout: 15_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, 30_000);
});
