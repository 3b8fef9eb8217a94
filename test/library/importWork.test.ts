import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import type { ShelfmarkJson } from '../../main/import/shelfmarkJson';
import { PROGRESS_EVERY } from '../../main/library/importControl';
import { commitImport } from '../../main/library/importText';
import { countStatements } from '../fixtures/countStatements';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
/** Set-wise statements per batch of papers, for their parts (authors, tags, notes). */
const PER_BATCH = 3;
/** Statements once per import: its operation, the counts, the indexes dropped and built again. */
const PER_IMPORT = 60;

/** Papers by one author in one year whose titles start with the same word: one base key for all. */
function sameKeyExport(count: number, from = 0): string {
  const file: ShelfmarkJson = {
    format: 'shelfmark-library',
    version: 2,
    papers: Array.from({ length: count }, (_, index) => ({
      title: `Tool number ${from + index}`,
      entryType: 'article',
      creators: [
        { role: 'author', family: 'Zhang', given: 'Ada', particle: null, suffix: null, literal: null },
        { role: 'author', family: 'Okafor', given: 'B.', particle: null, suffix: null, literal: null },
      ],
      year: 2025,
      tags: ['tools', `group-${index % 3}`],
      notes: [{ body: `note ${index}`, quote: null }],
    })),
  };
  return JSON.stringify(file);
}

async function importWork(db: LibraryDb, text: string): Promise<number> {
  return countStatements(db, () => commitImport(db, text));
}

describe('the work of an import', () => {
  it('grows in proportion to the papers, even when every paper has the same base key', async () => {
    const small = tempLibrary().db;
    const large = tempLibrary().db;
    const smallWork = await importWork(small, sameKeyExport(300));
    const largeWork = await importWork(large, sameKeyExport(1200));
    const keys = large.prepare('SELECT citekey FROM papers ORDER BY id').pluck().all() as string[];
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(1200);
    expect(keys.slice(0, 3)).toEqual(['zhang2025tool', 'zhang2025toola', 'zhang2025toolb']);
    // Four times the papers, at most four times the statements: one INSERT per paper (papers are
    // bound row by row, see rowWiseSparse) and a few set-wise statements per batch for their parts.
    expect(largeWork).toBeLessThanOrEqual(4 * smallWork);
    const batches = Math.ceil(1200 / PROGRESS_EVERY);
    expect(largeWork).toBeLessThanOrEqual(1200 + PER_BATCH * batches + PER_IMPORT);
  });

  it('into a library that already holds the keys still takes a bounded number of statements per paper', async () => {
    const { db } = tempLibrary();
    await commitImport(db, sameKeyExport(600));
    const work = await importWork(db, sameKeyExport(600, 600));
    const keys = db.prepare('SELECT citekey FROM papers').pluck().all() as string[];
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(1200);
    expect(work).toBeLessThan(600 * 4);
  });
});
