import { SOURCE_NAMES } from '../lookup/candidate';
import { DEFAULT_LOOKUP_SETTINGS, type LookupSettings } from '../lookup/settings';
import type { LibraryDb } from '../db/openLibrary';
import { ShelfmarkError } from './ShelfmarkError';

const KEY = 'lookup';

/** The library's lookup settings; what was never set has its default. */
export function getLookupSettings(db: LibraryDb): LookupSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (row === undefined) return { ...DEFAULT_LOOKUP_SETTINGS, sources: [...DEFAULT_LOOKUP_SETTINGS.sources] };
  const stored = JSON.parse(row) as Partial<LookupSettings>;
  return { ...DEFAULT_LOOKUP_SETTINGS, ...stored };
}

/** Checks and stores a change; a bad value is refused whole and nothing changes. */
export function setLookupSettings(db: LibraryDb, change: Partial<LookupSettings>): LookupSettings {
  const next = { ...getLookupSettings(db), ...change };
  if (typeof next.enabled !== 'boolean')
    throw new ShelfmarkError('invalid_argument', 'Lookups are on or off.');
  const unknown = next.sources.filter((source) => !SOURCE_NAMES.includes(source));
  if (unknown.length > 0) {
    throw new ShelfmarkError(
      'invalid_argument',
      `Unknown lookup source ${unknown.join(', ')}; the sources are ${SOURCE_NAMES.join(', ')}.`,
    );
  }
  const email = next.crossrefEmail?.trim() || null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new ShelfmarkError('invalid_argument', `"${email}" is not an email address.`);
  }
  const settings: LookupSettings = {
    enabled: next.enabled,
    sources: SOURCE_NAMES.filter((source) => next.sources.includes(source)),
    crossrefEmail: email,
    s2ApiKey: next.s2ApiKey?.trim() || null,
  };
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(settings));
  return settings;
}
