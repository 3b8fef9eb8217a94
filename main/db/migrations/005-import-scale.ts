import type { Migration } from './migration';

/** Literal SQL, as shipped: a migration never reads the live schema or code that changes later. */
export const importScale: Migration = {
  version: 5,
  name: 'case-insensitive key lookups and a lean undo log for imports',
  up(db) {
    db.exec(`
      -- Keys are compared without regard to case (citekeyTaken, setCitekey, resolvePaperRef);
      -- the unique index is case-sensitive, so without this one each lookup scanned papers.
      CREATE INDEX papers_by_citekey_nocase ON papers(citekey COLLATE NOCASE);

      -- 1: the change is a paper an import inserted, standing for its row and every row of its
      -- parts (creators, extra fields, tag links, notes, field origins, reviews). While the paper
      -- is in the library new_row is only its key ({"id": n}); once undone, new_row is its whole
      -- row and parts holds its parts' rows, so redo puts back exactly what undo took away.
      ALTER TABLE operation_changes ADD COLUMN whole_paper INTEGER NOT NULL DEFAULT 0
        CHECK (whole_paper IN (0, 1));
      ALTER TABLE operation_changes ADD COLUMN parts TEXT CHECK (parts IS NULL OR json_valid(parts));
    `);
  },
};
