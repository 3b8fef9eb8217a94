import type { Migration } from './migration';

/** Literal SQL, as shipped: a migration never reads the live schema or code that changes later. */
export const undoLog: Migration = {
  version: 2,
  name: 'undo log',
  up(db) {
    db.exec(`
      CREATE TABLE operations (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        coalesce_key TEXT,
        created_at TEXT NOT NULL,
        last_change_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      );
      CREATE INDEX operations_by_undone ON operations(undone, id);

      -- AUTOINCREMENT: ids never come back after the newest operations are dropped, so a
      -- reader (the search index, another process) can follow the log by "id greater than".
      CREATE TABLE operation_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        old_row TEXT CHECK (old_row IS NULL OR json_valid(old_row)),
        new_row TEXT CHECK (new_row IS NULL OR json_valid(new_row))
      );
      CREATE INDEX operation_changes_by_operation ON operation_changes(operation_id, id);

      -- Each undo or redo, so readers of the log know which operation's rows were replayed.
      CREATE TABLE operation_replays (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        operation_id INTEGER NOT NULL,
        replayed_at TEXT NOT NULL
      );

      -- Holds the operation being recorded, only inside that operation's transaction.
      CREATE TABLE undo_recording (operation_id INTEGER NOT NULL);

      -- Frozen: the change triggers for the tracked tables as they were at schema 2.
      CREATE TRIGGER imports_log_insert AFTER INSERT ON imports
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'imports', NULL, json_object('id', NEW."id", 'source_name', NEW."source_name", 'format', NEW."format", 'imported_at', NEW."imported_at", 'added_count', NEW."added_count", 'duplicate_count', NEW."duplicate_count") FROM undo_recording;
      END;
      CREATE TRIGGER imports_log_update AFTER UPDATE ON imports
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'imports', json_object('id', OLD."id", 'source_name', OLD."source_name", 'format', OLD."format", 'imported_at', OLD."imported_at", 'added_count', OLD."added_count", 'duplicate_count', OLD."duplicate_count"), json_object('id', NEW."id", 'source_name', NEW."source_name", 'format', NEW."format", 'imported_at', NEW."imported_at", 'added_count', NEW."added_count", 'duplicate_count', NEW."duplicate_count") FROM undo_recording;
      END;
      CREATE TRIGGER imports_log_delete AFTER DELETE ON imports
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'imports', json_object('id', OLD."id", 'source_name', OLD."source_name", 'format', OLD."format", 'imported_at', OLD."imported_at", 'added_count', OLD."added_count", 'duplicate_count', OLD."duplicate_count"), NULL FROM undo_recording;
      END;
      CREATE TRIGGER papers_log_insert AFTER INSERT ON papers
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'papers', NULL, json_object('id', NEW."id", 'citekey', NEW."citekey", 'title', NEW."title", 'title_key', NEW."title_key", 'abstract', NEW."abstract", 'url', NEW."url", 'code_url', NEW."code_url", 'authors', NEW."authors", 'year', NEW."year", 'venue', NEW."venue", 'arxiv_id', NEW."arxiv_id", 'doi', NEW."doi", 'status', NEW."status", 'position', NEW."position", 'added_at', NEW."added_at", 'updated_at', NEW."updated_at", 'reading_at', NEW."reading_at", 'read_at', NEW."read_at", 'import_id', NEW."import_id") FROM undo_recording;
      END;
      CREATE TRIGGER papers_log_update AFTER UPDATE ON papers
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'papers', json_object('id', OLD."id", 'citekey', OLD."citekey", 'title', OLD."title", 'title_key', OLD."title_key", 'abstract', OLD."abstract", 'url', OLD."url", 'code_url', OLD."code_url", 'authors', OLD."authors", 'year', OLD."year", 'venue', OLD."venue", 'arxiv_id', OLD."arxiv_id", 'doi', OLD."doi", 'status', OLD."status", 'position', OLD."position", 'added_at', OLD."added_at", 'updated_at', OLD."updated_at", 'reading_at', OLD."reading_at", 'read_at', OLD."read_at", 'import_id', OLD."import_id"), json_object('id', NEW."id", 'citekey', NEW."citekey", 'title', NEW."title", 'title_key', NEW."title_key", 'abstract', NEW."abstract", 'url', NEW."url", 'code_url', NEW."code_url", 'authors', NEW."authors", 'year', NEW."year", 'venue', NEW."venue", 'arxiv_id', NEW."arxiv_id", 'doi', NEW."doi", 'status', NEW."status", 'position', NEW."position", 'added_at', NEW."added_at", 'updated_at', NEW."updated_at", 'reading_at', NEW."reading_at", 'read_at', NEW."read_at", 'import_id', NEW."import_id") FROM undo_recording;
      END;
      CREATE TRIGGER papers_log_delete AFTER DELETE ON papers
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'papers', json_object('id', OLD."id", 'citekey', OLD."citekey", 'title', OLD."title", 'title_key', OLD."title_key", 'abstract', OLD."abstract", 'url', OLD."url", 'code_url', OLD."code_url", 'authors', OLD."authors", 'year', OLD."year", 'venue', OLD."venue", 'arxiv_id', OLD."arxiv_id", 'doi', OLD."doi", 'status', OLD."status", 'position', OLD."position", 'added_at', OLD."added_at", 'updated_at', OLD."updated_at", 'reading_at', OLD."reading_at", 'read_at', OLD."read_at", 'import_id', OLD."import_id"), NULL FROM undo_recording;
      END;
      CREATE TRIGGER tags_log_insert AFTER INSERT ON tags
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'tags', NULL, json_object('id', NEW."id", 'name', NEW."name", 'color', NEW."color") FROM undo_recording;
      END;
      CREATE TRIGGER tags_log_update AFTER UPDATE ON tags
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'tags', json_object('id', OLD."id", 'name', OLD."name", 'color', OLD."color"), json_object('id', NEW."id", 'name', NEW."name", 'color', NEW."color") FROM undo_recording;
      END;
      CREATE TRIGGER tags_log_delete AFTER DELETE ON tags
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'tags', json_object('id', OLD."id", 'name', OLD."name", 'color', OLD."color"), NULL FROM undo_recording;
      END;
      CREATE TRIGGER paper_tags_log_insert AFTER INSERT ON paper_tags
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'paper_tags', NULL, json_object('paper_id', NEW."paper_id", 'tag_id', NEW."tag_id") FROM undo_recording;
      END;
      CREATE TRIGGER paper_tags_log_update AFTER UPDATE ON paper_tags
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'paper_tags', json_object('paper_id', OLD."paper_id", 'tag_id', OLD."tag_id"), json_object('paper_id', NEW."paper_id", 'tag_id', NEW."tag_id") FROM undo_recording;
      END;
      CREATE TRIGGER paper_tags_log_delete AFTER DELETE ON paper_tags
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'paper_tags', json_object('paper_id', OLD."paper_id", 'tag_id', OLD."tag_id"), NULL FROM undo_recording;
      END;
      CREATE TRIGGER notes_log_insert AFTER INSERT ON notes
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'notes', NULL, json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'body', NEW."body", 'quote', NEW."quote", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") FROM undo_recording;
      END;
      CREATE TRIGGER notes_log_update AFTER UPDATE ON notes
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'notes', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'body', OLD."body", 'quote', OLD."quote", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'body', NEW."body", 'quote', NEW."quote", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") FROM undo_recording;
      END;
      CREATE TRIGGER notes_log_delete AFTER DELETE ON notes
      WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
        SELECT operation_id, 'notes', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'body', OLD."body", 'quote', OLD."quote", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL FROM undo_recording;
      END;
    `);
  },
};
