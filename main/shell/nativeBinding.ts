import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm start` puts the better-sqlite3 build for this Electron, beside the Node build
 * the tests use, so neither ever overwrites the other. Packaged apps are rebuilt for
 * Electron by electron-builder and use the module's own binary.
 */
export function electronNativeBindingPath(projectRoot: string, electronVersion: string): string {
  return join(projectRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

export function devNativeBinding(
  projectRoot: string,
  electronVersion: string,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged) return undefined;
  const path = electronNativeBindingPath(projectRoot, electronVersion);
  return existsSync(path) ? path : undefined;
}
