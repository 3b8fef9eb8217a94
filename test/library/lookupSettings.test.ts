import { describe, expect, it } from 'vitest';
import { libraryCache } from '../../main/db/lookupCache';
import { getLookupSettings, setLookupSettings } from '../../main/library/lookupSettings';
import { openLibrary } from '../../main/db/openLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

describe('lookup settings, in the library file', () => {
  const library = useTempLibrary();

  it('default to lookups on, every source, no email and no key', () => {
    const { db } = library();
    expect(getLookupSettings(db)).toEqual({
      enabled: true,
      sources: ['arxiv', 'semanticScholar', 'crossref', 'dblp', 'openReview'],
      crossrefEmail: null,
      s2ApiKey: null,
    });
  });

  it('keep a change across reopening the file (the CLI and the window share them)', () => {
    const { db, path } = library();
    setLookupSettings(db, { enabled: false, sources: ['dblp', 'arxiv'], crossrefEmail: ' me@example.org ' });
    db.close();
    const again = openLibrary(path);
    expect(getLookupSettings(again)).toMatchObject({
      enabled: false,
      sources: ['arxiv', 'dblp'],
      crossrefEmail: 'me@example.org',
    });
    again.close();
  });

  it('refuse an unknown source or a bad email whole, changing nothing', () => {
    const { db } = library();
    expect(() => setLookupSettings(db, { enabled: false, sources: ['google' as never] })).toThrow(
      /Unknown lookup source google/,
    );
    expect(() => setLookupSettings(db, { crossrefEmail: 'not an address' })).toThrow(
      /is not an email address/,
    );
    expect(getLookupSettings(db).enabled).toBe(true);
  });

  it('cache answers by request, replacing an older answer', () => {
    const { db } = library();
    const cache = libraryCache(db);
    expect(cache.get('http://x/a')).toBeNull();
    cache.put('http://x/a', 'arxiv', { status: 200, body: 'one' });
    cache.put('http://x/a', 'arxiv', { status: 404, body: 'two' });
    expect(cache.get('http://x/a')).toEqual({ status: 404, body: 'two' });
  });

  it('cache ages answers by the time they were written', () => {
    const { db } = library();
    let now = new Date('2026-01-01T00:00:00Z');
    const cache = libraryCache(db, () => now);
    cache.put('http://x/a', 'arxiv', { status: 200, body: 'one' });
    now = new Date('2026-01-11T00:00:00Z');
    const tenDays = 10 * 24 * 3600 * 1000;
    expect(cache.get('http://x/a', () => tenDays)).toEqual({ status: 200, body: 'one' });
    expect(cache.get('http://x/a', () => tenDays - 1)).toBeNull();
    expect(cache.get('http://x/a')).toEqual({ status: 200, body: 'one' });
  });
});
