import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { importCounts } from '../../main/db/migrations/008-import-counts';
import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import type { ShelfmarkJson } from '../../main/import/shelfmarkJson';
import { deletePapers } from '../../main/library/deletePapers';
import { BULK_MIN, commitImport } from '../../main/library/importText';
import { setStatus } from '../../main/library/queues';
import { addTags } from '../../main/library/tags';
import { redo, undo } from '../../main/library/undo';
import { expectKept } from '../fixtures/keptCounts';
import { addManyPapers } from '../fixtures/manyPapers';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const STATUSES = ['unread', 'reading', 'read'] as const;

const creator = (
  role: 'author' | 'editor',
  family: string | null,
  more: { particle?: string; literal?: string } = {},
) => ({
  role,
  family,
  given: family === null ? null : 'A.',
  particle: more.particle ?? null,
  suffix: null,
  literal: more.literal ?? null,
});

/** A Shelfmark export of `count` papers: every status, one to three authors (some editors first), tags with case twins. */
function exportOf(count: number, prefix = 'Imported'): string {
  const file: ShelfmarkJson = {
    format: 'shelfmark-library',
    version: 2,
    tags: [{ name: 'colour', color: '#ff0000' }],
    papers: Array.from({ length: count }, (_, index) => ({
      title: `${prefix} paper ${index} on planning`,
      status: STATUSES[index % 3],
      entryType: 'article',
      creators: [
        ...(index % 4 === 0 ? [creator('editor', 'Editor')] : []),
        ...Array.from({ length: index % 3 }, (_, author) =>
          creator('author', `Family${(index + author) % 17}`, index % 5 === 0 ? { particle: 'van' } : {}),
        ),
        ...(index % 7 === 0 ? [creator('author', null, { literal: 'The Consortium' })] : []),
      ],
      year: 2000 + (index % 20),
      // 'Shared' and 'SHARED' are one tag: the second link is ignored, and counted once.
      tags: [`topic-${index % 9}`, ...(index % 2 === 0 ? ['Shared', 'SHARED'] : []), 'colour'],
      notes: index % 3 === 0 ? [{ body: `note ${index}` }] : [],
    })),
  };
  return JSON.stringify(file);
}

const deferred = (db: Database.Database) =>
  db.prepare('SELECT count(*) FROM kept_counts_deferred').pluck().get() as number;

function snapshot(db: LibraryDb) {
  return {
    papers: db.prepare('SELECT id, citekey, status FROM papers ORDER BY id').all(),
    queues: db.prepare('SELECT * FROM queue_counts ORDER BY status').all(),
    tags: db.prepare('SELECT * FROM tag_counts ORDER BY tag_id').all(),
    authors: db.prepare('SELECT * FROM author_sort ORDER BY paper_id').all(),
  };
}

describe('migration import-counts: an import keeps the counts set-wise', () => {
  it('upgrades a library with papers in it; the triggers still keep every other write, and are off only while the row is there', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((migration) => migration.version < importCounts.version);
    migrate(db, before);
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
               VALUES (1, 'k1', 'One', 'one', 'unread', 1, 'x', 'x');
             INSERT INTO paper_creators (paper_id, position, role, family) VALUES (1, 0, 'author', 'Ada');
             INSERT INTO tags (id, name) VALUES (1, 'rl');
             INSERT INTO paper_tags (paper_id, tag_id) VALUES (1, 1);`);
    migrate(db, [...before, importCounts]);
    expect(schemaVersion(db)).toBe(importCounts.version);
    expect(deferred(db)).toBe(0);
    expectKept(db);
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
               VALUES (2, 'k2', 'Two', 'two', 'read', 2, 'x', 'x');
             INSERT INTO paper_creators (paper_id, position, role, family) VALUES (2, 0, 'author', 'Bo');
             INSERT INTO paper_tags (paper_id, tag_id) VALUES (2, 1);`);
    expectKept(db);
    db.exec(`INSERT INTO kept_counts_deferred (one) VALUES (1);
             INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
               VALUES (3, 'k3', 'Three', 'three', 'read', 3, 'x', 'x');
             INSERT INTO paper_creators (paper_id, position, role, family) VALUES (3, 0, 'author', 'Cy');
             INSERT INTO paper_tags (paper_id, tag_id) VALUES (3, 1);`);
    expect(db.prepare("SELECT n FROM queue_counts WHERE status = 'read'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT n FROM tag_counts WHERE tag_id = 1').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM author_sort').pluck().get()).toBe(2);
    expect(() => db.exec('INSERT INTO kept_counts_deferred (one) VALUES (2)')).toThrow(/CHECK/);
    db.close();
  });

  it.each([
    ['a page-sized import into a library with papers (indexes kept)', 40, undefined],
    ['a bulk CLI import into an empty library (indexes rebuilt)', BULK_MIN + 200, undefined],
    ['a bulk import with progress, as the window runs it', BULK_MIN + 200, {}],
  ] as const)(
    '%s: exact after the import, its undo and redo, and later writes',
    async (_name, count, control) => {
      const { db, path } = tempLibrary();
      if (count < BULK_MIN) addManyPapers(db, 30);
      const result = await commitImport(db, exportOf(count), control ? { control: { ...control } } : {});
      expect(result.added).toBe(count);
      expect(deferred(db)).toBe(0);
      expectKept(db);
      expect(
        db
          .prepare("SELECT n FROM tag_counts JOIN tags ON tags.id = tag_id WHERE name = 'Shared'")
          .pluck()
          .get(),
      ).toBe(Math.ceil(count / 2));
      const after = snapshot(db);
      undo(db);
      expectKept(db);
      redo(db);
      expectKept(db);
      expect(snapshot(db)).toEqual(after);
      // A second import on top, then writes from another connection (the CLI): triggers on again.
      await commitImport(db, exportOf(25, 'Second'));
      expectKept(db);
      const other = openLibrary(path);
      const ids = other.prepare('SELECT id FROM papers ORDER BY id DESC LIMIT 10').pluck().all() as number[];
      addTags(other, ids, ['from the cli']);
      setStatus(other, ids.slice(0, 4), 'read');
      deletePapers(other, ids.slice(4, 6));
      other.close();
      expectKept(db);
      undo(db);
      undo(db);
      undo(db);
      expectKept(db);
    },
  );

  it('a cancelled or failed import leaves the counts (and the switch) exactly as they were', async () => {
    const { db } = tempLibrary();
    addManyPapers(db, 30);
    const before = snapshot(db);
    let checks = 0;
    await expect(
      commitImport(db, exportOf(BULK_MIN + 200), { control: { cancelled: () => (checks += 1) > 2 } }),
    ).rejects.toThrow(/cancelled/);
    expect(checks).toBe(3);
    expect(snapshot(db)).toEqual(before);
    expect(deferred(db)).toBe(0);
    expectKept(db);
    let progress = 0;
    const failing = {
      onProgress: () => {
        progress += 1;
        if (progress === 3) throw new Error('disk gone');
      },
    };
    await expect(commitImport(db, exportOf(BULK_MIN + 200), { control: failing })).rejects.toThrow(
      'disk gone',
    );
    expect(snapshot(db)).toEqual(before);
    expect(deferred(db)).toBe(0);
    expectKept(db);
    // Afterwards every write keeps the counts per row again.
    await commitImport(db, exportOf(10, 'Later'));
    expectKept(db);
  });

  it('no other connection ever sees the triggers off: the switch is only inside the import’s transaction', async () => {
    const { db, path } = tempLibrary();
    const reader = openLibrary(path);
    const seen: number[] = [];
    const inside: number[] = [];
    await commitImport(db, exportOf(BULK_MIN + 200), {
      control: {
        onProgress: () => {
          inside.push(deferred(db));
          seen.push(deferred(reader));
        },
      },
    });
    reader.close();
    // Set while the papers are written, never visible outside.
    expect(inside.filter((n) => n === 1).length).toBeGreaterThan(0);
    expect(seen.every((n) => n === 0)).toBe(true);
    expectKept(db);
  });
});
