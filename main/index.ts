import { BrowserWindow, app, dialog, ipcMain, protocol, shell } from 'electron';
import { join } from 'node:path';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { openLibrary, type LibraryDb } from './db/openLibrary';
import { resolveLibraryPath } from './paths';
import { SearchClient } from './search/SearchClient';
import { handleAppProtocol, registerAppScheme } from './shell/appProtocol';
import { createMainWindow } from './shell/createMainWindow';
import { hardenWebContents } from './shell/hardenWebContents';
import { devNativeBinding } from './shell/nativeBinding';
import { registerIpc } from './shell/registerIpc';
import { saveWithDialog } from './shell/saveWithDialog';

const PROJECT_ROOT = join(__dirname, '..', '..');
const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');
const PRELOAD = join(PROJECT_ROOT, 'out', 'preload', 'index.js');

let mainWindow: BrowserWindow | null = null;
let db: LibraryDb | null = null;
let search: SearchClient | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function libraryPath(): string {
  return resolveLibraryPath(undefined, process.env, app.getPath('userData'));
}

function nativeBinding(): string | undefined {
  return devNativeBinding(PROJECT_ROOT, process.versions.electron ?? '', app.isPackaged);
}

function openLibraryOrExplain(): LibraryDb | null {
  const path = libraryPath();
  try {
    return openLibrary(path, { nativeBinding: nativeBinding() });
  } catch (error) {
    dialog.showErrorBox(
      'Shelfmark cannot open its library',
      error instanceof Error ? error.message : String(error),
    );
    return null;
  }
}

function start(): void {
  db = openLibraryOrExplain();
  if (!db) {
    app.quit();
    return;
  }
  handleAppProtocol(protocol, RENDERER_DIR);
  // Search runs in a worker thread: building the index of a large library must not stall the window.
  search = new SearchClient(libraryPath(), nativeBinding());
  search.warmUp();
  registerIpc(
    ipcMain,
    createDispatch(
      createHandlers(
        db,
        search,
        saveWithDialog(dialog, () => mainWindow),
      ),
    ),
  );
  mainWindow = createMainWindow(BrowserWindow, PRELOAD);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Shelfmark owns the library; it focuses its window when it sees this launch.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => shell.openExternal(url)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (db && BrowserWindow.getAllWindows().length === 0)
      mainWindow = createMainWindow(BrowserWindow, PRELOAD);
  });
  app.on('will-quit', () => {
    void search?.close();
    db?.close();
    db = null;
  });
  void app.whenReady().then(start);
}
