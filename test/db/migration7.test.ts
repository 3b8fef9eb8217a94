import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PaperSort, PaperStatus } from '../../preload/api';
import { viewPlans, type ListView } from '../../main/db/listWindow';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { listSorts } from '../../main/db/migrations/007-list-sorts';
import { openLibrary } from '../../main/db/openLibrary';
import { deletePapers } from '../../main/library/deletePapers';
import { addPaper, editPaper } from '../../main/library/editPaper';
import { commitImport } from '../../main/library/importText';
import { setStatus } from '../../main/library/queues';
import { addTags, deleteTag, listTags, removeTags, renameTag } from '../../main/library/tags';
import { redo, undo } from '../../main/library/undo';
import { addManyPapers } from '../fixtures/manyPapers';
import { expectKept } from '../fixtures/keptCounts';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const BIB = `@article{a1, title={Tagged one}, author={van Beethoven, Ludwig and Zhang, Wei}, year={2020}, keywords={}}
@article{a2, title={Tagged two}, author={Li, Na}, year={2021}}
@misc{a3, title={No author here}}`;

describe('migration list-sorts: tag counts and first authors kept by triggers', () => {
  it('upgrades a library with papers, tags and authors in it, and fills both tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((migration) => migration.version < listSorts.version);
    migrate(db, before);
    db.exec(`INSERT INTO papers (id, citekey, title, title_key, status, position, added_at, updated_at)
               VALUES (1, 'k1', 'One', 'one', 'unread', 1, 'x', 'x'), (2, 'k2', 'Two', 'two', 'read', 2, 'x', 'x');
             INSERT INTO paper_creators (paper_id, position, role, family, particle) VALUES (1, 0, 'editor', 'Ed', NULL),
               (1, 1, 'author', 'Beethoven', 'van'), (1, 2, 'author', 'Zhang', NULL);
             INSERT INTO tags (id, name) VALUES (1, 'rl'), (2, 'empty');
             INSERT INTO paper_tags (paper_id, tag_id) VALUES (1, 1), (2, 1);`);
    migrate(db, [...before, listSorts]);
    expect(schemaVersion(db)).toBe(listSorts.version);
    expect(db.prepare('SELECT tag_id, n FROM tag_counts ORDER BY tag_id').all()).toEqual([
      { tag_id: 1, n: 2 },
      { tag_id: 2, n: 0 },
    ]);
    expect(db.prepare('SELECT paper_id, author, title, status FROM author_sort').all()).toEqual([
      { paper_id: 1, author: 'van Beethoven', title: 'One', status: 'unread' },
    ]);
    expectKept(db);
    db.close();
  });

  it('keeps them right through every kind of change, undo and redo, and another connection’s writes', async () => {
    const { db, path } = tempLibrary();
    addManyPapers(db, 30);
    expectKept(db);
    const ids = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
    const steps: (() => unknown)[] = [
      () => addTags(db, ids.slice(0, 8), ['alpha', 'Beta']),
      () => addTags(db, ids.slice(4, 12), ['ALPHA']),
      () => removeTags(db, ids.slice(0, 3), ['alpha']),
      () => renameTag(db, 'beta', 'gamma'),
      () => renameTag(db, 'gamma', 'alpha', { merge: true }),
      () => setStatus(db, ids.slice(0, 5), 'read'),
      () =>
        editPaper(db, ids[5] ?? 0, {
          title: 'Renamed',
          creators: [{ role: 'author', name: 'Ada Lovelace' }],
        }),
      () => editPaper(db, ids[6] ?? 0, { creators: [] }),
      () => editPaper(db, ids[7] ?? 0, { creators: [{ role: 'editor', name: 'Only Editor' }] }),
      () => addPaper(db, 'Typed by hand', { creators: [{ role: 'author', name: 'Grace Hopper' }] }),
      () => deletePapers(db, ids.slice(8, 11)),
      () => deleteTag(db, 'alpha'),
    ];
    for (const step of steps) {
      step();
      expectKept(db);
    }
    await commitImport(db, BIB);
    expectKept(db);
    for (let n = 0; n < steps.length + 1; n += 1) {
      undo(db);
      expectKept(db);
    }
    for (let n = 0; n < steps.length + 1; n += 1) {
      redo(db);
      expectKept(db);
    }
    // Another process (the CLI) writes through its own connection.
    const other = openLibrary(path);
    addTags(other, ids.slice(20, 25), ['from the cli']);
    deletePapers(other, ids.slice(20, 22));
    other.close();
    expectKept(db);
    expect(listTags(db).find((tag) => tag.name === 'from the cli')?.count).toBe(3);
  });
});

describe('every sort and filter reads its window on an index', () => {
  const SORTS: PaperSort[] = (['queue', 'added', 'title', 'author', 'year'] as const).flatMap((by) =>
    (['asc', 'desc'] as const).map((direction) => ({ by, direction })),
  );
  const STATUSES: (PaperStatus | undefined)[] = [undefined, 'unread', 'reading', 'read'];
  const views: ListView[] = SORTS.flatMap((sort) =>
    STATUSES.map((status) => ({ sort, ...(status ? { status } : {}) })),
  );

  it.each(views.map((view) => [JSON.stringify(view), view] as const))(
    '%s: no sort, no table scan',
    (_name, view) => {
      const { db } = tempLibrary();
      addManyPapers(db, 50);
      for (const plan of viewPlans(db, view)) {
        expect(plan).not.toMatch(/TEMP B-TREE/);
        // Each part walks an index in the view's order (or looks rows up by key), never the table.
        expect(plan).toMatch(
          /^(SCAN|SEARCH) \w+ USING (COVERING )?INDEX (papers_by_|author_sort_order|papers_without_year)/,
        );
      }
    },
  );

  it('a tag view sorts only the tag’s papers, found on the tag index', () => {
    const { db } = tempLibrary();
    addManyPapers(db, 50);
    for (const plan of viewPlans(db, { tag: 'topic-1', sort: { by: 'author', direction: 'asc' } })) {
      expect(plan).toMatch(/paper_tags_by_tag/);
    }
  });
});
