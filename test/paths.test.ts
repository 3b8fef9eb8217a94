import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, defaultLibraryPath, libraryLocation, resolveLibraryPath } from '../main/paths';

describe('where the library lives', () => {
  it("matches Electron's appData on each platform", () => {
    expect(appDataDir({}, 'linux', '/home/ada')).toBe(join('/home/ada', '.config'));
    expect(appDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ada')).toBe('/cfg');
    expect(appDataDir({}, 'darwin', '/Users/ada')).toBe(join('/Users/ada', 'Library', 'Application Support'));
    expect(appDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming',
    );
  });

  it('is library.sqlite in the Shelfmark folder', () => {
    expect(defaultLibraryPath('/data/Shelfmark')).toBe(join('/data/Shelfmark', 'library.sqlite'));
  });

  it('takes --db first, then SHELFMARK_DB, then the default', () => {
    expect(resolveLibraryPath('/flag.sqlite', { SHELFMARK_DB: '/env.sqlite' }, '/ud')).toBe('/flag.sqlite');
    expect(resolveLibraryPath(undefined, { SHELFMARK_DB: '/env.sqlite' }, '/ud')).toBe('/env.sqlite');
    expect(resolveLibraryPath(undefined, {}, '/ud')).toBe(join('/ud', 'library.sqlite'));
  });

  it('marks only the per-user default as a place a library may be made without asking', () => {
    expect(libraryLocation('/flag.sqlite', {}, '/ud')).toEqual({ path: '/flag.sqlite', isDefault: false });
    expect(libraryLocation(undefined, { SHELFMARK_DB: '/env.sqlite' }, '/ud').isDefault).toBe(false);
    expect(libraryLocation(undefined, {}, '/ud')).toEqual({
      path: join('/ud', 'library.sqlite'),
      isDefault: true,
    });
    expect(libraryLocation(undefined, { XDG_CONFIG_HOME: '/cfg' }).path).toMatch(/^\/cfg/);
  });
});
