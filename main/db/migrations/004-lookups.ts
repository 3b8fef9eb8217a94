import type { Migration } from './migration';

/** Change triggers for the two new tracked tables, as shipped. */
const TRIGGERS = `
  CREATE TRIGGER paper_field_origins_log_insert AFTER INSERT ON paper_field_origins
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_field_origins', NULL, json_object('paper_id', NEW."paper_id", 'field', NEW."field", 'origin', NEW."origin", 'source', NEW."source", 'score', NEW."score", 'value', NEW."value", 'at', NEW."at") FROM undo_recording;
  END;
  CREATE TRIGGER paper_field_origins_log_update AFTER UPDATE ON paper_field_origins
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_field_origins', json_object('paper_id', OLD."paper_id", 'field', OLD."field", 'origin', OLD."origin", 'source', OLD."source", 'score', OLD."score", 'value', OLD."value", 'at', OLD."at"), json_object('paper_id', NEW."paper_id", 'field', NEW."field", 'origin', NEW."origin", 'source', NEW."source", 'score', NEW."score", 'value', NEW."value", 'at', NEW."at") FROM undo_recording;
  END;
  CREATE TRIGGER paper_field_origins_log_delete AFTER DELETE ON paper_field_origins
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_field_origins', json_object('paper_id', OLD."paper_id", 'field', OLD."field", 'origin', OLD."origin", 'source', OLD."source", 'score', OLD."score", 'value', OLD."value", 'at', OLD."at"), NULL FROM undo_recording;
  END;
  CREATE TRIGGER lookup_reviews_log_insert AFTER INSERT ON lookup_reviews
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'lookup_reviews', NULL, json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'candidate', NEW."candidate", 'score', NEW."score", 'reasons', NEW."reasons", 'created_at', NEW."created_at") FROM undo_recording;
  END;
  CREATE TRIGGER lookup_reviews_log_update AFTER UPDATE ON lookup_reviews
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'lookup_reviews', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'candidate', OLD."candidate", 'score', OLD."score", 'reasons', OLD."reasons", 'created_at', OLD."created_at"), json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'candidate', NEW."candidate", 'score', NEW."score", 'reasons', NEW."reasons", 'created_at', NEW."created_at") FROM undo_recording;
  END;
  CREATE TRIGGER lookup_reviews_log_delete AFTER DELETE ON lookup_reviews
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'lookup_reviews', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'candidate', OLD."candidate", 'score', OLD."score", 'reasons', OLD."reasons", 'created_at', OLD."created_at"), NULL FROM undo_recording;
  END;
`;

/** Literal SQL, as shipped: a migration never reads the live schema or code that changes later. */
export const lookups: Migration = {
  version: 4,
  name: 'lookups',
  up(db) {
    db.exec(`
      -- Library-wide settings as JSON values (lookups on or off, sources, contact email, API key).
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      -- Each lookup answer kept by its request (URL), so the same lookup is never sent twice.
      CREATE TABLE lookup_cache (
        request_key TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      ) WITHOUT ROWID;

      -- Where a field's value came from: typed by hand, or filled by a lookup (source, score, the
      -- value written, so a later hand edit shows as a difference).
      CREATE TABLE paper_field_origins (
        paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('hand', 'lookup')),
        source TEXT,
        score REAL,
        value TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (paper_id, field),
        CHECK ((origin = 'lookup') = (source IS NOT NULL))
      ) WITHOUT ROWID;

      -- Matches waiting for a person: the candidate as JSON, its score and the reasons.
      CREATE TABLE lookup_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        candidate TEXT NOT NULL,
        score REAL NOT NULL,
        reasons TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (paper_id, candidate)
      );
      CREATE INDEX lookup_reviews_paper ON lookup_reviews (paper_id);
    `);
    db.exec(TRIGGERS);
  },
};
