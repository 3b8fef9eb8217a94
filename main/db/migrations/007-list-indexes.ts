import type { Migration } from './migration';

/**
 * Indexes the window's list reads by position: Reading and Read in the order they moved (the
 * queue order's second and third parts; Unread already has `papers_by_status_position`), and the
 * title and date-added sorts. Literal SQL, as shipped.
 */
export const listIndexes: Migration = {
  version: 5,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX papers_by_reading_at ON papers(status, reading_at DESC, id);
      CREATE INDEX papers_by_read_at ON papers(status, read_at DESC, id);
      CREATE INDEX papers_by_title ON papers(title COLLATE NOCASE, id);
      CREATE INDEX papers_by_added_at ON papers(added_at, id);
    `);
  },
};
