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

export interface LibraryLocation {
  path: string;
  /**
   * The per-user default: the only place a library is made without being asked. A path given
   * with --db or SHELFMARK_DB must name an existing library (or come with --create / init),
   * so a typo is refused instead of looking like an empty library.
   */
  isDefault: boolean;
}

/** --db wins, then SHELFMARK_DB, then the per-user default. */
export function libraryLocation(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userDataDir: string = join(appDataDir(env), APP_NAME),
): LibraryLocation {
  const chosen = flag || env.SHELFMARK_DB;
  return chosen
    ? { path: chosen, isDefault: false }
    : { path: defaultLibraryPath(userDataDir), isDefault: true };
}

export function resolveLibraryPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userDataDir?: string,
): string {
  return libraryLocation(flag, env, userDataDir).path;
}
