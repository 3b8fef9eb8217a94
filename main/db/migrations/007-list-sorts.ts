import type { Migration } from './migration';

/**
 * Every sort of the list read by position from an index, and the tag counts kept, not counted.
 *
 * - Title and date added: the indexes of list-indexes again with `status` last, so a queue's view
 *   in those orders is read on the index alone.
 * - Year: papers with a year on one partial index (year, month, day, title, id), those without
 *   on another (title, id).
 * - Author: `author_sort` holds each paper's first author as the list shows it, with its title
 *   and status, kept by triggers on papers and paper_creators (papers without an author have no
 *   row). The triggers compute the row from both tables as they are, so undo's replays, which may
 *   write a paper's parts before the paper, leave it right.
 * - `tag_counts`: how many papers carry each tag, kept by triggers on paper_tags and tags
 *   (an upsert, since undo may put links back before their tag).
 *
 * Literal SQL, as shipped.
 */
export const listSorts: Migration = {
  version: 7,
  name: 'list-sorts',
  up(db) {
    db.exec(`
      DROP INDEX papers_by_title;
      DROP INDEX papers_by_added_at;
      CREATE INDEX papers_by_title ON papers(title COLLATE NOCASE, id, status);
      CREATE INDEX papers_by_added_at ON papers(added_at, id, status);
      CREATE INDEX papers_by_year ON papers(year, month, day, title COLLATE NOCASE, id, status)
        WHERE year IS NOT NULL;
      CREATE INDEX papers_without_year ON papers(title COLLATE NOCASE, id, status) WHERE year IS NULL;

      CREATE TABLE author_sort (
        paper_id INTEGER PRIMARY KEY,
        author TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL
      );
      CREATE INDEX author_sort_order ON author_sort(author COLLATE NOCASE, title COLLATE NOCASE, paper_id, status);
      INSERT INTO author_sort (paper_id, author, title, status)
        SELECT * FROM (SELECT p.id AS paper_id,
          (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
               WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author,
          p.title, p.status FROM papers p)
        WHERE author IS NOT NULL;

      CREATE TRIGGER author_sort_paper_insert AFTER INSERT ON papers
      BEGIN
        INSERT OR REPLACE INTO author_sort (paper_id, author, title, status)
          SELECT * FROM (SELECT p.id AS paper_id,
            (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
               WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author,
            p.title, p.status FROM papers p WHERE p.id = NEW.id)
          WHERE author IS NOT NULL;
      END;
      CREATE TRIGGER author_sort_paper_update AFTER UPDATE OF title, status ON papers
        WHEN OLD.title IS NOT NEW.title OR OLD.status IS NOT NEW.status
      BEGIN
        UPDATE author_sort SET title = NEW.title, status = NEW.status WHERE paper_id = NEW.id;
      END;
      CREATE TRIGGER author_sort_paper_delete AFTER DELETE ON papers
      BEGIN
        DELETE FROM author_sort WHERE paper_id = OLD.id;
      END;
      CREATE TRIGGER author_sort_creator_insert AFTER INSERT ON paper_creators
        WHEN NEW.role = 'author' AND NOT EXISTS (SELECT 1 FROM paper_creators c
          WHERE c.paper_id = NEW.paper_id AND c.role = 'author' AND c.position < NEW.position)
      BEGIN
        INSERT OR REPLACE INTO author_sort (paper_id, author, title, status)
          SELECT p.id, COALESCE(TRIM(COALESCE(NEW.particle || ' ', '') || NEW.family), NEW.literal), p.title, p.status
          FROM papers p WHERE p.id = NEW.paper_id;
      END;
      CREATE TRIGGER author_sort_creator_update AFTER UPDATE ON paper_creators
      BEGIN
        DELETE FROM author_sort WHERE paper_id IN (OLD.paper_id, NEW.paper_id);
        INSERT INTO author_sort (paper_id, author, title, status)
          SELECT * FROM (SELECT p.id AS paper_id,
            (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
               WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author,
            p.title, p.status FROM papers p WHERE p.id IN (OLD.paper_id, NEW.paper_id))
          WHERE author IS NOT NULL;
      END;
      CREATE TRIGGER author_sort_creator_delete AFTER DELETE ON paper_creators WHEN OLD.role = 'author'
      BEGIN
        DELETE FROM author_sort WHERE paper_id = OLD.paper_id;
        INSERT INTO author_sort (paper_id, author, title, status)
          SELECT * FROM (SELECT p.id AS paper_id,
            (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c
               WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author,
            p.title, p.status FROM papers p WHERE p.id = OLD.paper_id)
          WHERE author IS NOT NULL;
      END;

      CREATE TABLE tag_counts (
        tag_id INTEGER PRIMARY KEY,
        n INTEGER NOT NULL
      );
      INSERT INTO tag_counts (tag_id, n)
        SELECT t.id, (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id) FROM tags t;
      CREATE TRIGGER tag_counts_tag_insert AFTER INSERT ON tags
      BEGIN
        INSERT OR IGNORE INTO tag_counts (tag_id, n) VALUES (NEW.id, 0);
      END;
      CREATE TRIGGER tag_counts_tag_delete AFTER DELETE ON tags
      BEGIN
        DELETE FROM tag_counts WHERE tag_id = OLD.id;
      END;
      CREATE TRIGGER tag_counts_link_insert AFTER INSERT ON paper_tags
      BEGIN
        INSERT INTO tag_counts (tag_id, n) VALUES (NEW.tag_id, 1)
          ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER tag_counts_link_delete AFTER DELETE ON paper_tags
      BEGIN
        UPDATE tag_counts SET n = n - 1 WHERE tag_id = OLD.tag_id;
      END;
      CREATE TRIGGER tag_counts_link_update AFTER UPDATE OF tag_id ON paper_tags
        WHEN OLD.tag_id <> NEW.tag_id
      BEGIN
        UPDATE tag_counts SET n = n - 1 WHERE tag_id = OLD.tag_id;
        INSERT INTO tag_counts (tag_id, n) VALUES (NEW.tag_id, 1)
          ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
      END;
    `);
  },
};
