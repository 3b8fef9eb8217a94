import { BrowserWindow, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { refuseAfterDamage } from './api/refuseAfterDamage';
import { findBackup, requestFullCheck, restoreBackup } from './db/backups';
import { LibraryOpenError, type LibraryDb, type OpenedLibrary } from './db/openLibrary';
import { openLibraryForUse } from './db/openLibraryForUse';
import { failureMessage } from './db/sqliteErrors';
import { ImportRunner } from './library/ImportRunner';
import { libraryLocation } from './paths';
import { SearchClient } from './search/SearchClient';
import { handleAppProtocol, registerAppScheme } from './shell/appProtocol';
import { createMainWindow } from './shell/createMainWindow';
import { hardenWebContents } from './shell/hardenWebContents';
import { denyUnusedPermissions } from './shell/permissions';
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

function location() {
  return libraryLocation(undefined, process.env, app.getPath('userData'));
}

function libraryPath(): string {
  return location().path;
}

function nativeBinding(): string | undefined {
  return devNativeBinding(PROJECT_ROOT, process.versions.electron ?? '', app.isPackaged);
}

/**
 * Only the default location is made without asking; SHELFMARK_DB must name an existing library.
 * A damaged library is offered its newest backup once; anything else is explained, and the app quits.
 */
async function openLibraryOrExplain(): Promise<OpenedLibrary | null> {
  const { path, isDefault } = location();
  const open = () => openLibraryForUse(path, { nativeBinding: nativeBinding(), create: isDefault });
  try {
    return await open();
  } catch (error) {
    try {
      if (
        error instanceof LibraryOpenError &&
        error.refusal === 'damaged' &&
        (await offerRestore(path, error))
      ) {
        return await open();
      }
      if (!(error instanceof LibraryOpenError && error.refusal === 'damaged' && findBackup(path))) {
        dialog.showErrorBox('Shelfmark cannot open its library', explainOpenFailure(error));
      }
    } catch (again) {
      dialog.showErrorBox('Shelfmark cannot open its library', explainOpenFailure(again));
    }
    return null;
  }
}

/** The damaged-library screen: restore the newest backup (keeping the damaged file) or quit. */
async function offerRestore(path: string, error: LibraryOpenError): Promise<boolean> {
  const backup = findBackup(path);
  if (!backup) return false;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Your library is damaged',
    message: error.message,
    detail: `Shelfmark can put back its newest backup, made ${backup.takenAt.toLocaleString()}. The damaged file is kept beside it, renamed, so nothing is lost; changes made after the backup are only in that file.`,
    buttons: ['Restore the backup', 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return false;
  restoreBackup(path, backup, new Date(), nativeBinding());
  return true;
}

function explainOpenFailure(error: unknown): string {
  if (!(error instanceof LibraryOpenError))
    return `Shelfmark could not open its library. ${failureMessage(error)}`;
  if (error.refusal === 'missing' || error.refusal === 'empty') {
    return `${error.message}\n\nSHELFMARK_DB names this file. Point SHELFMARK_DB at your library, unset it to use the default one, or make a new library there with \`shelfmark init ${error.path}\`.`;
  }
  return error.message;
}

/** On first run the person is told where their papers will live. */
function tellWhereNewLibraryIs(window: BrowserWindow, path: string): void {
  window.once('ready-to-show', () => {
    void dialog.showMessageBox(window, {
      type: 'info',
      title: 'Welcome to Shelfmark',
      message: `Shelfmark made a new, empty library at ${path}`,
      detail:
        'Everything you add is kept in this one file on this computer. Back it up with your other files.',
    });
  });
}

async function start(): Promise<void> {
  denyUnusedPermissions(session.defaultSession);
  const opened = await openLibraryOrExplain();
  if (!opened) {
    app.quit();
    return;
  }
  db = opened.db;
  handleAppProtocol(protocol, RENDERER_DIR);
  // Search runs in a worker thread: building the index of a large library must not stall the window.
  search = new SearchClient(libraryPath(), nativeBinding());
  search.warmUp();
  registerIpc(
    ipcMain,
    refuseAfterDamage(
      createDispatch(
        createHandlers(db, {
          search,
          shell: saveWithDialog(dialog, () => mainWindow),
          imports: new ImportRunner(db, nativeBinding()),
        }),
      ),
      () => requestFullCheck(libraryPath()),
    ),
  );
  mainWindow = createMainWindow(BrowserWindow, PRELOAD);
  if (opened.created) tellWhereNewLibraryIs(mainWindow, libraryPath());
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
