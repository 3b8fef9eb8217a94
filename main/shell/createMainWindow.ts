import type { BrowserWindow as BrowserWindowClass, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './appProtocol';

/** The renderer gets no Node, runs sandboxed, and reaches main only through the preload's bridge. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Shelfmark',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click would otherwise open links as new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  };
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowClass,
  preloadPath: string,
): BrowserWindowClass {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
