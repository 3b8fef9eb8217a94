import { describe, expect, it } from 'vitest';
import type { Creator } from '../../preload/api';
import { firstAuthor, withIndexesRebuilt } from '../../main/db/bulkInsert';
import type { LibraryDb } from '../../main/db/openLibrary';
import type { ShelfmarkJson } from '../../main/import/shelfmarkJson';
import { commitImport } from '../../main/library/importText';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const indexesOf = (db: LibraryDb, table: string) =>
  db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ? ORDER BY name",
    )
    .all(table);
const pragmas = (db: LibraryDb) => ({
  cache: db.pragma('cache_size', { simple: true }),
  threads: db.pragma('threads', { simple: true }),
});

describe('withIndexesRebuilt', () => {
  it('writes without the tables’ indexes, then gives back the same indexes and the connection’s settings', () => {
    const { db } = tempLibrary();
    const before = { indexes: indexesOf(db, 'papers'), pragmas: pragmas(db) };
    expect(before.indexes.length).toBeGreaterThan(3);
    const during = db.transaction(() =>
      withIndexesRebuilt(db, ['papers'], () => indexesOf(db, 'papers').length),
    )();
    expect(during).toBe(0);
    expect(indexesOf(db, 'papers')).toEqual(before.indexes);
    expect(pragmas(db)).toEqual(before.pragmas);
  });

  it('a failed write rolls the drop back with the rows and still gives back the settings', () => {
    const { db } = tempLibrary();
    const before = { indexes: indexesOf(db, 'papers'), pragmas: pragmas(db) };
    expect(() =>
      db.transaction(() =>
        withIndexesRebuilt(db, ['papers'], () => {
          throw new Error('disk gone');
        }),
      )(),
    ).toThrow('disk gone');
    expect(indexesOf(db, 'papers')).toEqual(before.indexes);
    expect(pragmas(db)).toEqual(before.pragmas);
  });
});

describe('an import writes each paper’s own columns, whichever of them a batch fills', () => {
  it('keeps every field and leaves the others empty, across batches that fill different columns', async () => {
    const { db } = tempLibrary();
    const count = 1300;
    // volume in every third paper, publisher in every fifth, isbn in one paper only, no field in the rest.
    const fields = (index: number) => ({
      ...(index % 3 === 0 ? { volume: `v${index}` } : {}),
      ...(index % 5 === 0 ? { publisher: `Press ${index}` } : {}),
      ...(index === 777 ? { isbn: '978-3-16-148410-0' } : {}),
    });
    const file: ShelfmarkJson = {
      format: 'shelfmark-library',
      version: 2,
      papers: Array.from({ length: count }, (_, index) => ({
        title: `Paper ${index} on columns`,
        entryType: 'article',
        creators: [],
        year: index % 2 === 0 ? 2000 + (index % 20) : null,
        ...fields(index),
      })),
    };
    await commitImport(db, JSON.stringify(file));
    const rows = db.prepare('SELECT title, year, volume, publisher, isbn FROM papers ORDER BY id').all() as {
      title: string;
      year: number | null;
      volume: string | null;
      publisher: string | null;
      isbn: string | null;
    }[];
    expect(rows).toEqual(
      Array.from({ length: count }, (_, index) => ({
        title: `Paper ${index} on columns`,
        year: index % 2 === 0 ? 2000 + (index % 20) : null,
        volume: null,
        publisher: null,
        isbn: null,
        ...fields(index),
      })),
    );
  });
});

describe('firstAuthor: the author order an import writes set-wise', () => {
  const c = (role: Creator['role'], family: string | null, more: Partial<Creator> = {}): Creator => ({
    role,
    family,
    given: null,
    particle: null,
    suffix: null,
    literal: null,
    ...more,
  });
  const cases: Creator[][] = [
    [],
    [c('editor', 'Ed')],
    [c('editor', 'Ed'), c('author', 'Zhang')],
    [c('author', 'Zhang'), c('author', 'Li')],
    [c('author', 'Beethoven', { particle: 'van' })],
    [c('author', '  Spaced  ', { particle: ' de ' })],
    [c('author', 'Tab\tbed ')],
    [c('author', '')],
    [c('author', null, { literal: 'The Consortium' })],
    [c('editor', null, { literal: 'Board' }), c('author', null, { literal: 'Org' }), c('author', 'Second')],
    [c('author', 'Solo', { particle: '' })],
    [c('author', '\u00a0Nbsp\u00a0')],
  ];

  it.each(cases.map((creators, index) => [index, creators] as const))(
    'case %i gives what author_sort’s per-row triggers give',
    (_index, creators) => {
      const { db } = tempLibrary();
      db.prepare(
        `INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
         VALUES (1, 'k', 'T', 't', 'unread', 1, 'x', 'x')`,
      ).run();
      const insert = db.prepare(
        `INSERT INTO paper_creators (paper_id, position, role, family, given, particle, suffix, literal)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
      );
      creators.forEach((creator, position) =>
        insert.run(
          position,
          creator.role,
          creator.family,
          creator.given,
          creator.particle,
          creator.suffix,
          creator.literal,
        ),
      );
      const byTrigger = db.prepare('SELECT author FROM author_sort WHERE paper_id = 1').pluck().get() ?? null;
      expect(firstAuthor(creators)).toBe(byTrigger);
    },
  );
});
