import type { Migration } from './migration';

/**
 * Indexes the window's list reads by position: Reading and Read in the order they moved (the
 * queue order's second and third parts; Unread already has `papers_by_status_position`), and the
 * title and date-added sorts. `queue_counts` holds how many papers each queue has, kept by
 * triggers on every insert, delete and status change (undo's replays included), so the counts
 * are read, not counted. Literal SQL, as shipped.
 */
export const listIndexes: Migration = {
  version: 6,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX papers_by_reading_at ON papers(status, reading_at DESC, id);
      CREATE INDEX papers_by_read_at ON papers(status, read_at DESC, id);
      CREATE INDEX papers_by_title ON papers(title COLLATE NOCASE, id);
      CREATE INDEX papers_by_added_at ON papers(added_at, id);

      CREATE TABLE queue_counts (
        status TEXT PRIMARY KEY CHECK (status IN ('unread', 'reading', 'read')),
        n INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO queue_counts (status, n)
        SELECT s.status, (SELECT count(*) FROM papers WHERE papers.status = s.status)
        FROM (SELECT 'unread' AS status UNION ALL SELECT 'reading' UNION ALL SELECT 'read') AS s;
      CREATE TRIGGER queue_counts_insert AFTER INSERT ON papers
      BEGIN
        UPDATE queue_counts SET n = n + 1 WHERE status = NEW.status;
      END;
      CREATE TRIGGER queue_counts_delete AFTER DELETE ON papers
      BEGIN
        UPDATE queue_counts SET n = n - 1 WHERE status = OLD.status;
      END;
      CREATE TRIGGER queue_counts_move AFTER UPDATE OF status ON papers WHEN OLD.status <> NEW.status
      BEGIN
        UPDATE queue_counts SET n = n - 1 WHERE status = OLD.status;
        UPDATE queue_counts SET n = n + 1 WHERE status = NEW.status;
      END;
    `);
  },
};
