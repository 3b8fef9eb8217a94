import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import type { ImportedPaper } from '../../main/import/importedPaper';
import { commitParsed } from '../../main/library/importText';
import { syntheticLibrary } from './syntheticLibrary';

/** The synthetic library's papers as an import delivers them: authors, year, venue, tags, a note, a status. */
export function syntheticPapers(size: number, seed = 42): ImportedPaper[] {
  return syntheticLibrary(size, seed).map((doc) => ({
    title: doc.title,
    abstract: doc.abstract,
    url: null,
    codeUrl: null,
    arxivId: null,
    authors: doc.authors ? doc.authors.split('; ') : [],
    year: doc.year ?? null,
    venue: doc.venue || null,
    doi: null,
    citekey: null,
    tags: [...new Set(doc.tags)],
    notes: doc.notes ? [{ body: doc.notes, quote: null }] : [],
    status: doc.status,
  }));
}

/**
 * Imports the synthetic library into `db` as one import, in slices of 10,000 papers. A NOCASE
 * index on citekey lives only while it runs: until the import's key check is indexed (issue 12)
 * it scans the table per paper.
 */
export function seedSyntheticLibrary(db: LibraryDb, size: number, seed = 42): void {
  const papers = syntheticPapers(size, seed);
  db.exec('CREATE INDEX IF NOT EXISTS bench_citekey_nocase ON papers(citekey COLLATE NOCASE)');
  try {
    for (let start = 0; start < papers.length; start += 10_000) {
      commitParsed(db, {
        format: 'json',
        papers: papers.slice(start, start + 10_000),
        warnings: [],
        errors: [],
        tagColors: new Map(),
      });
    }
  } finally {
    db.exec('DROP INDEX IF EXISTS bench_citekey_nocase');
  }
}

/** `node out/bench/test/bench/seedSyntheticLibrary.js FILE SIZE`: a synthetic library for measuring. */
if (require.main === module) {
  const [path, size] = process.argv.slice(2);
  if (!path || !size) throw new Error('usage: seedSyntheticLibrary FILE SIZE');
  const db = openLibrary(path);
  seedSyntheticLibrary(db, Number(size));
  console.log(`${path}: ${db.prepare('SELECT count(*) FROM papers').pluck().get() as number} papers`);
  db.close();
}
