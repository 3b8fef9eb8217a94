import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeSync, existsSync, openSync, readdirSync, writeSync } from 'node:fs';
import { requestFullCheck } from '../../main/db/backups';
import { openLibraryForUse } from '../../main/db/openLibraryForUse';
import { IPC_CHANNEL } from '../../preload/api';
import { openLibrary } from '../../main/db/openLibrary';
import { fingerprint, insertPaper } from '../fixtures/libraryFiles';
import { useTempDir } from '../fixtures/tempLibrary';
import { createElectronMock, type ElectronMock } from './electronMock';

const tempDir = useTempDir();
let electron: ElectronMock;

async function startMain(options: Parameters<typeof createElectronMock>[0] = {}, mock?: ElectronMock) {
  electron = mock ?? createElectronMock(options);
  vi.doMock('electron', () => electron);
  vi.doMock('../../main/search/SearchClient', () => ({ SearchClient: FakeSearchClient }));
  await import('../../main/index');
  // Start-up is asynchronous (the daily backup): wait until it has opened a window or quit.
  await vi.waitFor(() => {
    if (electron.BrowserWindow.instances.length === 0 && electron.app.quit.mock.calls.length === 0) {
      throw new Error('still starting');
    }
  });
  return electron;
}

/** The real client starts a worker thread from the compiled build; here it only records that it was started. */
class FakeSearchClient {
  static started: string[] = [];
  constructor(readonly path: string) {}
  warmUp() {
    FakeSearchClient.started.push(this.path);
  }
  close() {
    return Promise.resolve();
  }
}

/** A library with a daily backup, then a damaged page and a reported failure (so the next open checks it). */
async function damagedLibraryWithBackup(): Promise<string> {
  const path = process.env.SHELFMARK_DB ?? '';
  const db = openLibrary(path);
  for (let i = 0; i < 200; i += 1) insertPaper(db, `k${i}`, `Paper ${i} ${'words '.repeat(80)}`);
  db.close();
  (await openLibraryForUse(path, { create: false })).db.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 4);
  closeSync(fd);
  requestFullCheck(path);
  return path;
}

function trustedEvent(url = 'app://shelfmark/index.html') {
  return { senderFrame: { url, parent: null } };
}

beforeEach(() => {
  vi.resetModules();
  process.env.SHELFMARK_DB = join(tempDir(), 'library.sqlite');
  openLibrary(process.env.SHELFMARK_DB).close();
});

afterEach(() => {
  electron?.app.emit('will-quit');
  vi.doUnmock('electron');
  vi.doUnmock('../../main/search/SearchClient');
  FakeSearchClient.started = [];
  delete process.env.SHELFMARK_DB;
});

describe('the Electron main process', () => {
  it('opens one window with context isolation, the sandbox and no Node', async () => {
    const { BrowserWindow } = await startMain();
    expect(BrowserWindow.instances).toHaveLength(1);
    const [window] = BrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://shelfmark/index.html');
  });

  it('starts the search worker on the same library, ahead of the first search', async () => {
    await startMain();
    expect(FakeSearchClient.started).toEqual([process.env.SHELFMARK_DB]);
  });

  it('quits at once when another instance holds the lock, touching nothing', async () => {
    const { app, BrowserWindow, ipcMain } = await startMain({ gotLock: false });
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { app, BrowserWindow } = await startMain();
    const [window] = BrowserWindow.instances;
    window?.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('answers API calls from its own page', async () => {
    const { ipcHandlers } = await startMain();
    const handler = ipcHandlers.get(IPC_CHANNEL);
    expect(await handler?.(trustedEvent(), 'queueCounts', {})).toEqual({
      ok: true,
      value: { all: 0, unread: 0, reading: 0, read: 0 },
    });
    expect(await handler?.(trustedEvent(), 'getPaper', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: 'app://shelfmark/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses API calls from %s', async (_name, event) => {
    const { ipcHandlers } = await startMain();
    expect(await ipcHandlers.get(IPC_CHANNEL)?.(event, 'queueCounts', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('denies navigation away from the app and opens only web links, in the system browser', async () => {
    const { app, BrowserWindow, shell } = await startMain();
    const contents = BrowserWindow.instances[0]?.webContents;
    app.emit('web-contents-created', {}, contents);

    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents?.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://shelfmark/index.html')).toBe(false);

    const open = contents?.windowOpenHandler;
    expect(open?.({ url: 'https://github.com/YBYBZhang/Tool-R1' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://github.com/YBYBZhang/Tool-R1');
  });

  it('explains a library it cannot open and quits instead of starting without one', async () => {
    const dir = tempDir();
    process.env.SHELFMARK_DB = join(dir, 'library.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.SHELFMARK_DB, 'not a database at all, just some text that is long enough');
    const { app, dialog, BrowserWindow } = await startMain();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Shelfmark cannot open its library',
      expect.stringContaining('not a Shelfmark library'),
    );
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('refuses a SHELFMARK_DB that names no library, says how to go on, and creates nothing', async () => {
    const dir = tempDir();
    const missing = join(dir, 'typo', 'library.sqlite');
    process.env.SHELFMARK_DB = missing;
    const { app, dialog, BrowserWindow } = await startMain();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Shelfmark cannot open its library',
      expect.stringMatching(
        new RegExp(`no Shelfmark library at ${missing}.*SHELFMARK_DB.*shelfmark init`, 's'),
      ),
    );
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('makes the default library on first run and says where it is', async () => {
    delete process.env.SHELFMARK_DB;
    const userData = tempDir();
    const { dialog, BrowserWindow } = await startMain({ userData });
    const path = join(userData, 'library.sqlite');
    expect(existsSync(path)).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
    BrowserWindow.instances[0]?.emit('ready-to-show');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      BrowserWindow.instances[0],
      expect.objectContaining({ message: expect.stringContaining(path) as unknown }),
    );
  });

  it('says nothing about where the library is on later runs', async () => {
    const { dialog, BrowserWindow } = await startMain();
    BrowserWindow.instances[0]?.emit('ready-to-show');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('offers the newest backup for a damaged library, restores it on request and opens, keeping the damaged file', async () => {
    const path = await damagedLibraryWithBackup();
    const { app, dialog, BrowserWindow } = await startMain();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Your library is damaged',
        buttons: ['Restore the backup', 'Quit'],
        message: expect.stringContaining('is damaged') as unknown,
      }),
    );
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(readdirSync(dirname(path)).some((name) => name.startsWith('library.sqlite.replaced-'))).toBe(true);
  });

  it('quits without touching a damaged library when the person chooses Quit', async () => {
    const path = await damagedLibraryWithBackup();
    const before = fingerprint(path);
    const electronQuit = createElectronMock();
    electronQuit.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    const { app, BrowserWindow } = await startMain({}, electronQuit);
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(fingerprint(path)).toBe(before);
  });

  it.each([
    ['media', 'app://shelfmark/index.html', false],
    ['geolocation', 'app://shelfmark/index.html', false],
    ['notifications', 'app://shelfmark/index.html', false],
    ['openExternal', 'app://shelfmark/index.html', false],
    ['clipboard-read', 'app://shelfmark/index.html', false],
    ['clipboard-sanitized-write', 'https://evil.example/', false],
    ['clipboard-sanitized-write', 'app://shelfmark/index.html', true],
  ])('answers a request for %s from %s with %s, asked or checked', async (permission, url, granted) => {
    const { session } = await startMain();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    const callback = vi.fn();
    permissionRequestHandler?.({}, permission, callback, { requestingUrl: url });
    expect(callback).toHaveBeenCalledWith(granted);
    // Electron passes the origin, app://shelfmark for a standard scheme (Node's URL would say "null").
    const origin = url.replace(/^(\w+:\/\/[^/]+).*$/, '$1');
    expect(permissionCheckHandler?.({}, permission, origin, {})).toBe(granted);
  });

  it('registers app:// as a secure standard scheme before the app is ready', async () => {
    const { protocol } = await startMain();
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as unknown as [[unknown]];
    expect(schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
