import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, defaultLibraryPath, resolveLibraryPath } from '../main/paths';

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
});
