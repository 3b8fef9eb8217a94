import type { Migration } from './migration';

/**
 * Lets an import keep `queue_counts`, `tag_counts` and `author_sort` set-wise once, instead of
 * a trigger per inserted row. While `kept_counts_deferred` holds its one row, the insert
 * triggers of papers, paper_creators and paper_tags do nothing; the import sets the row inside
 * its own transaction, fills the three tables for its papers, and deletes the row before it
 * commits (a cancel or failure rolls back the row with everything else). No other connection
 * ever sees the row, so every other write keeps the counts per row as before. Update and delete
 * triggers are unchanged: an import only inserts.
 *
 * Literal SQL, as shipped: the insert triggers of list-indexes and list-sorts with a guard.
 */
export const importCounts: Migration = {
  version: 8,
  name: 'import-counts',
  up(db) {
    db.exec(`
      CREATE TABLE kept_counts_deferred (one INTEGER PRIMARY KEY CHECK (one = 1));

      DROP TRIGGER queue_counts_insert;
      CREATE TRIGGER queue_counts_insert AFTER INSERT ON papers
        WHEN NOT EXISTS (SELECT 1 FROM kept_counts_deferred)
      BEGIN
        UPDATE queue_counts SET n = n + 1 WHERE status = NEW.status;
      END;

      DROP TRIGGER author_sort_paper_insert;
      CREATE TRIGGER author_sort_paper_insert AFTER INSERT ON papers
        WHEN NOT EXISTS (SELECT 1 FROM kept_counts_deferred)
      BEGIN
        INSERT OR REPLACE INTO author_sort (paper_id, author, title, status)
          SELECT * FROM (SELECT p.id AS paper_id,
            (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
               WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author,
            p.title, p.status FROM papers p WHERE p.id = NEW.id)
          WHERE author IS NOT NULL;
      END;

      DROP TRIGGER author_sort_creator_insert;
      CREATE TRIGGER author_sort_creator_insert AFTER INSERT ON paper_creators
        WHEN NEW.role = 'author' AND NOT EXISTS (SELECT 1 FROM kept_counts_deferred)
          AND NOT EXISTS (SELECT 1 FROM paper_creators c
            WHERE c.paper_id = NEW.paper_id AND c.role = 'author' AND c.position < NEW.position)
      BEGIN
        INSERT OR REPLACE INTO author_sort (paper_id, author, title, status)
          SELECT p.id, COALESCE(TRIM(COALESCE(NEW.particle || ' ', '') || NEW.family), NEW.literal), p.title, p.status
          FROM papers p WHERE p.id = NEW.paper_id;
      END;

      DROP TRIGGER tag_counts_link_insert;
      CREATE TRIGGER tag_counts_link_insert AFTER INSERT ON paper_tags
        WHEN NOT EXISTS (SELECT 1 FROM kept_counts_deferred)
      BEGIN
        INSERT INTO tag_counts (tag_id, n) VALUES (NEW.tag_id, 1)
          ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
      END;
    `);
  },
};
