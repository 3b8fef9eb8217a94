-- index author_sort_order
CREATE INDEX author_sort_order ON author_sort(author COLLATE NOCASE, title COLLATE NOCASE, paper_id, status);

-- index lookup_reviews_paper
CREATE INDEX lookup_reviews_paper ON lookup_reviews (paper_id);

-- index notes_by_paper
CREATE INDEX notes_by_paper ON notes(paper_id);

-- index operation_changes_by_operation
CREATE INDEX operation_changes_by_operation ON operation_changes(operation_id, id);

-- index operations_by_undone
CREATE INDEX operations_by_undone ON operations(undone, id);

-- index paper_tags_by_tag
CREATE INDEX paper_tags_by_tag ON paper_tags(tag_id);

-- index papers_by_added_at
CREATE INDEX papers_by_added_at ON papers(added_at, id, status);

-- index papers_by_citekey_nocase
CREATE INDEX papers_by_citekey_nocase ON papers(citekey COLLATE NOCASE);

-- index papers_by_read_at
CREATE INDEX papers_by_read_at ON papers(status, read_at DESC, id);

-- index papers_by_reading_at
CREATE INDEX papers_by_reading_at ON papers(status, reading_at DESC, id);

-- index papers_by_status_position
CREATE INDEX papers_by_status_position ON papers(status, position);

-- index papers_by_title
CREATE INDEX papers_by_title ON papers(title COLLATE NOCASE, id, status);

-- index papers_by_title_key
CREATE INDEX papers_by_title_key ON papers(title_key);

-- index papers_by_year
CREATE INDEX papers_by_year ON papers(year, month, day, title COLLATE NOCASE, id, status) WHERE year IS NOT NULL;

-- index papers_without_year
CREATE INDEX papers_without_year ON papers(title COLLATE NOCASE, id, status) WHERE year IS NULL;

-- table author_sort
CREATE TABLE author_sort ( paper_id INTEGER PRIMARY KEY, author TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL );

-- table imports
CREATE TABLE imports ( id INTEGER PRIMARY KEY, source_name TEXT, format TEXT NOT NULL, imported_at TEXT NOT NULL, added_count INTEGER NOT NULL, duplicate_count INTEGER NOT NULL );

-- table kept_counts_deferred
CREATE TABLE kept_counts_deferred (one INTEGER PRIMARY KEY CHECK (one = 1));

-- table lookup_cache
CREATE TABLE lookup_cache ( request_key TEXT PRIMARY KEY, source TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, fetched_at TEXT NOT NULL ) WITHOUT ROWID;

-- table lookup_reviews
CREATE TABLE lookup_reviews ( id INTEGER PRIMARY KEY AUTOINCREMENT, paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, candidate TEXT NOT NULL, score REAL NOT NULL, reasons TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (paper_id, candidate) );

-- table notes
CREATE TABLE notes ( id INTEGER PRIMARY KEY, paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, body TEXT NOT NULL, quote TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table operation_changes
CREATE TABLE operation_changes ( id INTEGER PRIMARY KEY AUTOINCREMENT, operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE, table_name TEXT NOT NULL, old_row TEXT CHECK (old_row IS NULL OR json_valid(old_row)), new_row TEXT CHECK (new_row IS NULL OR json_valid(new_row)) , whole_paper INTEGER NOT NULL DEFAULT 0 CHECK (whole_paper IN (0, 1)), parts TEXT CHECK (parts IS NULL OR json_valid(parts)));

-- table operation_replays
CREATE TABLE operation_replays ( id INTEGER PRIMARY KEY AUTOINCREMENT, operation_id INTEGER NOT NULL, replayed_at TEXT NOT NULL );

-- table operations
CREATE TABLE operations ( id INTEGER PRIMARY KEY, label TEXT NOT NULL, coalesce_key TEXT, created_at TEXT NOT NULL, last_change_at TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)) );

-- table paper_creators
CREATE TABLE paper_creators ( paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL, role TEXT NOT NULL, family TEXT, given TEXT, particle TEXT, suffix TEXT, literal TEXT, PRIMARY KEY (paper_id, position), CHECK ((literal IS NULL) <> (family IS NULL)), CHECK (literal IS NULL OR (given IS NULL AND particle IS NULL AND suffix IS NULL)) ) WITHOUT ROWID;

-- table paper_extra_fields
CREATE TABLE paper_extra_fields ( paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (paper_id, position) ) WITHOUT ROWID;

-- table paper_field_origins
CREATE TABLE paper_field_origins ( paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, field TEXT NOT NULL, origin TEXT NOT NULL CHECK (origin IN ('hand', 'lookup')), source TEXT, score REAL, value TEXT, at TEXT NOT NULL, PRIMARY KEY (paper_id, field), CHECK ((origin = 'lookup') = (source IS NOT NULL)) ) WITHOUT ROWID;

-- table paper_tags
CREATE TABLE paper_tags ( paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (paper_id, tag_id) ) WITHOUT ROWID;

-- table papers
CREATE TABLE papers ( id INTEGER PRIMARY KEY, citekey TEXT NOT NULL UNIQUE, title TEXT NOT NULL CHECK (length(trim(title)) > 0), title_key TEXT NOT NULL, abstract TEXT, url TEXT, code_url TEXT, year INTEGER, doi TEXT, status TEXT NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'reading', 'read')), position INTEGER NOT NULL, added_at TEXT NOT NULL, updated_at TEXT NOT NULL, reading_at TEXT, read_at TEXT, import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL , entry_type TEXT NOT NULL DEFAULT 'misc', citekey_provisional INTEGER NOT NULL DEFAULT 0 CHECK (citekey_provisional IN (0, 1)), month INTEGER CHECK (month BETWEEN 1 AND 12), day INTEGER CHECK (day BETWEEN 1 AND 31), journal TEXT, booktitle TEXT, volume TEXT, number TEXT, pages TEXT, publisher TEXT, address TEXT, edition TEXT, series TEXT, chapter TEXT, institution TEXT, school TEXT, organization TEXT, howpublished TEXT, isbn TEXT, issn TEXT, eprint TEXT, archive_prefix TEXT, primary_class TEXT, note TEXT, language TEXT, keywords TEXT);

-- table queue_counts
CREATE TABLE queue_counts ( status TEXT PRIMARY KEY CHECK (status IN ('unread', 'reading', 'read')), n INTEGER NOT NULL ) WITHOUT ROWID;

-- table settings
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) WITHOUT ROWID;

-- table tag_counts
CREATE TABLE tag_counts ( tag_id INTEGER PRIMARY KEY, n INTEGER NOT NULL );

-- table tags
CREATE TABLE tags ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0), color TEXT );

-- table undo_recording
CREATE TABLE undo_recording (operation_id INTEGER NOT NULL);

-- trigger author_sort_creator_delete
CREATE TRIGGER author_sort_creator_delete AFTER DELETE ON paper_creators WHEN OLD.role = 'author' BEGIN DELETE FROM author_sort WHERE paper_id = OLD.paper_id; INSERT INTO author_sort (paper_id, author, title, status) SELECT * FROM (SELECT p.id AS paper_id, (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author, p.title, p.status FROM papers p WHERE p.id = OLD.paper_id) WHERE author IS NOT NULL; END;

-- trigger author_sort_creator_insert
CREATE TRIGGER author_sort_creator_insert AFTER INSERT ON paper_creators WHEN NEW.role = 'author' AND NOT EXISTS (SELECT 1 FROM kept_counts_deferred) AND NOT EXISTS (SELECT 1 FROM paper_creators c WHERE c.paper_id = NEW.paper_id AND c.role = 'author' AND c.position < NEW.position) BEGIN INSERT OR REPLACE INTO author_sort (paper_id, author, title, status) SELECT p.id, COALESCE(TRIM(COALESCE(NEW.particle || ' ', '') || NEW.family), NEW.literal), p.title, p.status FROM papers p WHERE p.id = NEW.paper_id; END;

-- trigger author_sort_creator_update
CREATE TRIGGER author_sort_creator_update AFTER UPDATE ON paper_creators BEGIN DELETE FROM author_sort WHERE paper_id IN (OLD.paper_id, NEW.paper_id); INSERT INTO author_sort (paper_id, author, title, status) SELECT * FROM (SELECT p.id AS paper_id, (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author, p.title, p.status FROM papers p WHERE p.id IN (OLD.paper_id, NEW.paper_id)) WHERE author IS NOT NULL; END;

-- trigger author_sort_paper_delete
CREATE TRIGGER author_sort_paper_delete AFTER DELETE ON papers BEGIN DELETE FROM author_sort WHERE paper_id = OLD.id; END;

-- trigger author_sort_paper_insert
CREATE TRIGGER author_sort_paper_insert AFTER INSERT ON papers WHEN NOT EXISTS (SELECT 1 FROM kept_counts_deferred) BEGIN INSERT OR REPLACE INTO author_sort (paper_id, author, title, status) SELECT * FROM (SELECT p.id AS paper_id, (SELECT COALESCE(TRIM(COALESCE(c.particle || ' ', '') || c.family), c.literal) FROM paper_creators c WHERE c.paper_id = p.id AND c.role = 'author' ORDER BY c.position LIMIT 1) AS author, p.title, p.status FROM papers p WHERE p.id = NEW.id) WHERE author IS NOT NULL; END;

-- trigger author_sort_paper_update
CREATE TRIGGER author_sort_paper_update AFTER UPDATE OF title, status ON papers WHEN OLD.title IS NOT NEW.title OR OLD.status IS NOT NEW.status BEGIN UPDATE author_sort SET title = NEW.title, status = NEW.status WHERE paper_id = NEW.id; END;

-- trigger imports_log_delete
CREATE TRIGGER imports_log_delete AFTER DELETE ON imports WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'imports', json_object('id', OLD."id", 'source_name', OLD."source_name", 'format', OLD."format", 'imported_at', OLD."imported_at", 'added_count', OLD."added_count", 'duplicate_count', OLD."duplicate_count"), NULL FROM undo_recording; END;

-- trigger imports_log_insert
CREATE TRIGGER imports_log_insert AFTER INSERT ON imports WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'imports', NULL, json_object('id', NEW."id", 'source_name', NEW."source_name", 'format', NEW."format", 'imported_at', NEW."imported_at", 'added_count', NEW."added_count", 'duplicate_count', NEW."duplicate_count") FROM undo_recording; END;

-- trigger imports_log_update
CREATE TRIGGER imports_log_update AFTER UPDATE ON imports WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'imports', json_object('id', OLD."id", 'source_name', OLD."source_name", 'format', OLD."format", 'imported_at', OLD."imported_at", 'added_count', OLD."added_count", 'duplicate_count', OLD."duplicate_count"), json_object('id', NEW."id", 'source_name', NEW."source_name", 'format', NEW."format", 'imported_at', NEW."imported_at", 'added_count', NEW."added_count", 'duplicate_count', NEW."duplicate_count") FROM undo_recording; END;

-- trigger lookup_reviews_log_delete
CREATE TRIGGER lookup_reviews_log_delete AFTER DELETE ON lookup_reviews WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'lookup_reviews', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'candidate', OLD."candidate", 'score', OLD."score", 'reasons', OLD."reasons", 'created_at', OLD."created_at"), NULL FROM undo_recording; END;

-- trigger lookup_reviews_log_insert
CREATE TRIGGER lookup_reviews_log_insert AFTER INSERT ON lookup_reviews WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'lookup_reviews', NULL, json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'candidate', NEW."candidate", 'score', NEW."score", 'reasons', NEW."reasons", 'created_at', NEW."created_at") FROM undo_recording; END;

-- trigger lookup_reviews_log_update
CREATE TRIGGER lookup_reviews_log_update AFTER UPDATE ON lookup_reviews WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'lookup_reviews', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'candidate', OLD."candidate", 'score', OLD."score", 'reasons', OLD."reasons", 'created_at', OLD."created_at"), json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'candidate', NEW."candidate", 'score', NEW."score", 'reasons', NEW."reasons", 'created_at', NEW."created_at") FROM undo_recording; END;

-- trigger notes_log_delete
CREATE TRIGGER notes_log_delete AFTER DELETE ON notes WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'notes', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'body', OLD."body", 'quote', OLD."quote", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL FROM undo_recording; END;

-- trigger notes_log_insert
CREATE TRIGGER notes_log_insert AFTER INSERT ON notes WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'notes', NULL, json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'body', NEW."body", 'quote', NEW."quote", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") FROM undo_recording; END;

-- trigger notes_log_update
CREATE TRIGGER notes_log_update AFTER UPDATE ON notes WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'notes', json_object('id', OLD."id", 'paper_id', OLD."paper_id", 'body', OLD."body", 'quote', OLD."quote", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'paper_id', NEW."paper_id", 'body', NEW."body", 'quote', NEW."quote", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") FROM undo_recording; END;

-- trigger paper_creators_log_delete
CREATE TRIGGER paper_creators_log_delete AFTER DELETE ON paper_creators WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_creators', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'role', OLD."role", 'family', OLD."family", 'given', OLD."given", 'particle', OLD."particle", 'suffix', OLD."suffix", 'literal', OLD."literal"), NULL FROM undo_recording; END;

-- trigger paper_creators_log_insert
CREATE TRIGGER paper_creators_log_insert AFTER INSERT ON paper_creators WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_creators', NULL, json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'role', NEW."role", 'family', NEW."family", 'given', NEW."given", 'particle', NEW."particle", 'suffix', NEW."suffix", 'literal', NEW."literal") FROM undo_recording; END;

-- trigger paper_creators_log_update
CREATE TRIGGER paper_creators_log_update AFTER UPDATE ON paper_creators WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_creators', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'role', OLD."role", 'family', OLD."family", 'given', OLD."given", 'particle', OLD."particle", 'suffix', OLD."suffix", 'literal', OLD."literal"), json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'role', NEW."role", 'family', NEW."family", 'given', NEW."given", 'particle', NEW."particle", 'suffix', NEW."suffix", 'literal', NEW."literal") FROM undo_recording; END;

-- trigger paper_extra_fields_log_delete
CREATE TRIGGER paper_extra_fields_log_delete AFTER DELETE ON paper_extra_fields WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_extra_fields', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'name', OLD."name", 'value', OLD."value"), NULL FROM undo_recording; END;

-- trigger paper_extra_fields_log_insert
CREATE TRIGGER paper_extra_fields_log_insert AFTER INSERT ON paper_extra_fields WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_extra_fields', NULL, json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'name', NEW."name", 'value', NEW."value") FROM undo_recording; END;

-- trigger paper_extra_fields_log_update
CREATE TRIGGER paper_extra_fields_log_update AFTER UPDATE ON paper_extra_fields WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_extra_fields', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'name', OLD."name", 'value', OLD."value"), json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'name', NEW."name", 'value', NEW."value") FROM undo_recording; END;

-- trigger paper_field_origins_log_delete
CREATE TRIGGER paper_field_origins_log_delete AFTER DELETE ON paper_field_origins WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_field_origins', json_object('paper_id', OLD."paper_id", 'field', OLD."field", 'origin', OLD."origin", 'source', OLD."source", 'score', OLD."score", 'value', OLD."value", 'at', OLD."at"), NULL FROM undo_recording; END;

-- trigger paper_field_origins_log_insert
CREATE TRIGGER paper_field_origins_log_insert AFTER INSERT ON paper_field_origins WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_field_origins', NULL, json_object('paper_id', NEW."paper_id", 'field', NEW."field", 'origin', NEW."origin", 'source', NEW."source", 'score', NEW."score", 'value', NEW."value", 'at', NEW."at") FROM undo_recording; END;

-- trigger paper_field_origins_log_update
CREATE TRIGGER paper_field_origins_log_update AFTER UPDATE ON paper_field_origins WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_field_origins', json_object('paper_id', OLD."paper_id", 'field', OLD."field", 'origin', OLD."origin", 'source', OLD."source", 'score', OLD."score", 'value', OLD."value", 'at', OLD."at"), json_object('paper_id', NEW."paper_id", 'field', NEW."field", 'origin', NEW."origin", 'source', NEW."source", 'score', NEW."score", 'value', NEW."value", 'at', NEW."at") FROM undo_recording; END;

-- trigger paper_tags_log_delete
CREATE TRIGGER paper_tags_log_delete AFTER DELETE ON paper_tags WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_tags', json_object('paper_id', OLD."paper_id", 'tag_id', OLD."tag_id"), NULL FROM undo_recording; END;

-- trigger paper_tags_log_insert
CREATE TRIGGER paper_tags_log_insert AFTER INSERT ON paper_tags WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_tags', NULL, json_object('paper_id', NEW."paper_id", 'tag_id', NEW."tag_id") FROM undo_recording; END;

-- trigger paper_tags_log_update
CREATE TRIGGER paper_tags_log_update AFTER UPDATE ON paper_tags WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'paper_tags', json_object('paper_id', OLD."paper_id", 'tag_id', OLD."tag_id"), json_object('paper_id', NEW."paper_id", 'tag_id', NEW."tag_id") FROM undo_recording; END;

-- trigger papers_log_delete
CREATE TRIGGER papers_log_delete AFTER DELETE ON papers WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'papers', json_object('id', OLD."id", 'citekey', OLD."citekey", 'title', OLD."title", 'title_key', OLD."title_key", 'abstract', OLD."abstract", 'url', OLD."url", 'code_url', OLD."code_url", 'year', OLD."year", 'doi', OLD."doi", 'status', OLD."status", 'position', OLD."position", 'added_at', OLD."added_at", 'updated_at', OLD."updated_at", 'reading_at', OLD."reading_at", 'read_at', OLD."read_at", 'import_id', OLD."import_id", 'entry_type', OLD."entry_type", 'citekey_provisional', OLD."citekey_provisional", 'month', OLD."month", 'day', OLD."day", 'journal', OLD."journal", 'booktitle', OLD."booktitle", 'volume', OLD."volume", 'number', OLD."number", 'pages', OLD."pages", 'publisher', OLD."publisher", 'address', OLD."address", 'edition', OLD."edition", 'series', OLD."series", 'chapter', OLD."chapter", 'institution', OLD."institution", 'school', OLD."school", 'organization', OLD."organization", 'howpublished', OLD."howpublished", 'isbn', OLD."isbn", 'issn', OLD."issn", 'eprint', OLD."eprint", 'archive_prefix', OLD."archive_prefix", 'primary_class', OLD."primary_class", 'note', OLD."note", 'language', OLD."language", 'keywords', OLD."keywords"), NULL FROM undo_recording; END;

-- trigger papers_log_insert
CREATE TRIGGER papers_log_insert AFTER INSERT ON papers WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'papers', NULL, json_object('id', NEW."id", 'citekey', NEW."citekey", 'title', NEW."title", 'title_key', NEW."title_key", 'abstract', NEW."abstract", 'url', NEW."url", 'code_url', NEW."code_url", 'year', NEW."year", 'doi', NEW."doi", 'status', NEW."status", 'position', NEW."position", 'added_at', NEW."added_at", 'updated_at', NEW."updated_at", 'reading_at', NEW."reading_at", 'read_at', NEW."read_at", 'import_id', NEW."import_id", 'entry_type', NEW."entry_type", 'citekey_provisional', NEW."citekey_provisional", 'month', NEW."month", 'day', NEW."day", 'journal', NEW."journal", 'booktitle', NEW."booktitle", 'volume', NEW."volume", 'number', NEW."number", 'pages', NEW."pages", 'publisher', NEW."publisher", 'address', NEW."address", 'edition', NEW."edition", 'series', NEW."series", 'chapter', NEW."chapter", 'institution', NEW."institution", 'school', NEW."school", 'organization', NEW."organization", 'howpublished', NEW."howpublished", 'isbn', NEW."isbn", 'issn', NEW."issn", 'eprint', NEW."eprint", 'archive_prefix', NEW."archive_prefix", 'primary_class', NEW."primary_class", 'note', NEW."note", 'language', NEW."language", 'keywords', NEW."keywords") FROM undo_recording; END;

-- trigger papers_log_update
CREATE TRIGGER papers_log_update AFTER UPDATE ON papers WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'papers', json_object('id', OLD."id", 'citekey', OLD."citekey", 'title', OLD."title", 'title_key', OLD."title_key", 'abstract', OLD."abstract", 'url', OLD."url", 'code_url', OLD."code_url", 'year', OLD."year", 'doi', OLD."doi", 'status', OLD."status", 'position', OLD."position", 'added_at', OLD."added_at", 'updated_at', OLD."updated_at", 'reading_at', OLD."reading_at", 'read_at', OLD."read_at", 'import_id', OLD."import_id", 'entry_type', OLD."entry_type", 'citekey_provisional', OLD."citekey_provisional", 'month', OLD."month", 'day', OLD."day", 'journal', OLD."journal", 'booktitle', OLD."booktitle", 'volume', OLD."volume", 'number', OLD."number", 'pages', OLD."pages", 'publisher', OLD."publisher", 'address', OLD."address", 'edition', OLD."edition", 'series', OLD."series", 'chapter', OLD."chapter", 'institution', OLD."institution", 'school', OLD."school", 'organization', OLD."organization", 'howpublished', OLD."howpublished", 'isbn', OLD."isbn", 'issn', OLD."issn", 'eprint', OLD."eprint", 'archive_prefix', OLD."archive_prefix", 'primary_class', OLD."primary_class", 'note', OLD."note", 'language', OLD."language", 'keywords', OLD."keywords"), json_object('id', NEW."id", 'citekey', NEW."citekey", 'title', NEW."title", 'title_key', NEW."title_key", 'abstract', NEW."abstract", 'url', NEW."url", 'code_url', NEW."code_url", 'year', NEW."year", 'doi', NEW."doi", 'status', NEW."status", 'position', NEW."position", 'added_at', NEW."added_at", 'updated_at', NEW."updated_at", 'reading_at', NEW."reading_at", 'read_at', NEW."read_at", 'import_id', NEW."import_id", 'entry_type', NEW."entry_type", 'citekey_provisional', NEW."citekey_provisional", 'month', NEW."month", 'day', NEW."day", 'journal', NEW."journal", 'booktitle', NEW."booktitle", 'volume', NEW."volume", 'number', NEW."number", 'pages', NEW."pages", 'publisher', NEW."publisher", 'address', NEW."address", 'edition', NEW."edition", 'series', NEW."series", 'chapter', NEW."chapter", 'institution', NEW."institution", 'school', NEW."school", 'organization', NEW."organization", 'howpublished', NEW."howpublished", 'isbn', NEW."isbn", 'issn', NEW."issn", 'eprint', NEW."eprint", 'archive_prefix', NEW."archive_prefix", 'primary_class', NEW."primary_class", 'note', NEW."note", 'language', NEW."language", 'keywords', NEW."keywords") FROM undo_recording; END;

-- trigger queue_counts_delete
CREATE TRIGGER queue_counts_delete AFTER DELETE ON papers BEGIN UPDATE queue_counts SET n = n - 1 WHERE status = OLD.status; END;

-- trigger queue_counts_insert
CREATE TRIGGER queue_counts_insert AFTER INSERT ON papers WHEN NOT EXISTS (SELECT 1 FROM kept_counts_deferred) BEGIN UPDATE queue_counts SET n = n + 1 WHERE status = NEW.status; END;

-- trigger queue_counts_move
CREATE TRIGGER queue_counts_move AFTER UPDATE OF status ON papers WHEN OLD.status <> NEW.status BEGIN UPDATE queue_counts SET n = n - 1 WHERE status = OLD.status; UPDATE queue_counts SET n = n + 1 WHERE status = NEW.status; END;

-- trigger tag_counts_link_delete
CREATE TRIGGER tag_counts_link_delete AFTER DELETE ON paper_tags BEGIN UPDATE tag_counts SET n = n - 1 WHERE tag_id = OLD.tag_id; END;

-- trigger tag_counts_link_insert
CREATE TRIGGER tag_counts_link_insert AFTER INSERT ON paper_tags WHEN NOT EXISTS (SELECT 1 FROM kept_counts_deferred) BEGIN INSERT INTO tag_counts (tag_id, n) VALUES (NEW.tag_id, 1) ON CONFLICT (tag_id) DO UPDATE SET n = n + 1; END;

-- trigger tag_counts_link_update
CREATE TRIGGER tag_counts_link_update AFTER UPDATE OF tag_id ON paper_tags WHEN OLD.tag_id <> NEW.tag_id BEGIN UPDATE tag_counts SET n = n - 1 WHERE tag_id = OLD.tag_id; INSERT INTO tag_counts (tag_id, n) VALUES (NEW.tag_id, 1) ON CONFLICT (tag_id) DO UPDATE SET n = n + 1; END;

-- trigger tag_counts_tag_delete
CREATE TRIGGER tag_counts_tag_delete AFTER DELETE ON tags BEGIN DELETE FROM tag_counts WHERE tag_id = OLD.id; END;

-- trigger tag_counts_tag_insert
CREATE TRIGGER tag_counts_tag_insert AFTER INSERT ON tags BEGIN INSERT OR IGNORE INTO tag_counts (tag_id, n) VALUES (NEW.id, 0); END;

-- trigger tags_log_delete
CREATE TRIGGER tags_log_delete AFTER DELETE ON tags WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'tags', json_object('id', OLD."id", 'name', OLD."name", 'color', OLD."color"), NULL FROM undo_recording; END;

-- trigger tags_log_insert
CREATE TRIGGER tags_log_insert AFTER INSERT ON tags WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'tags', NULL, json_object('id', NEW."id", 'name', NEW."name", 'color', NEW."color") FROM undo_recording; END;

-- trigger tags_log_update
CREATE TRIGGER tags_log_update AFTER UPDATE ON tags WHEN EXISTS (SELECT 1 FROM undo_recording) BEGIN INSERT INTO operation_changes (operation_id, table_name, old_row, new_row) SELECT operation_id, 'tags', json_object('id', OLD."id", 'name', OLD."name", 'color', OLD."color"), json_object('id', NEW."id", 'name', NEW."name", 'color', NEW."color") FROM undo_recording; END;
