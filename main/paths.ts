import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron derives userData from productName; the CLI and the HTTP bridge must land on the same folder. */
export const APP_NAME = 'Shelfmark';
export const LIBRARY_FILE = 'library.sqlite';

/** Electron's app.getPath('appData'), computed without Electron. */
export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

export function defaultLibraryPath(userDataDir: string = join(appDataDir(), APP_NAME)): string {
  return join(userDataDir, LIBRARY_FILE);
}

/** --db wins, then SHELFMARK_DB, then the per-user default. */
export function resolveLibraryPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userDataDir?: string,
): string {
  return flag || env.SHELFMARK_DB || defaultLibraryPath(userDataDir);
}
