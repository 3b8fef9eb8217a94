import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * Just enough of Electron for main/ and preload/ to run under Node: each object records
 * what the code asked of it, and tests emit the events Electron would.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(() => Promise.resolve());
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

export function createElectronMock(options: { gotLock?: boolean; userData?: string } = {}) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => options.userData ?? '/nonexistent/userData'),
  });
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  FakeBrowserWindow.instances = [];
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) =>
        ipcHandlers.set(channel, handler),
      ),
    },
    ipcHandlers,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        permissionRequestHandler: null as PermissionRequestHandler | null,
        permissionCheckHandler: null as PermissionCheckHandler | null,
        setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
          this.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler(handler: PermissionCheckHandler | null) {
          this.permissionCheckHandler = handler;
        },
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })) },
  };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;
