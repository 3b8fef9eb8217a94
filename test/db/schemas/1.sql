-- index notes_by_paper
CREATE INDEX notes_by_paper ON notes(paper_id);

-- index paper_tags_by_tag
CREATE INDEX paper_tags_by_tag ON paper_tags(tag_id);

-- index papers_by_status_position
CREATE INDEX papers_by_status_position ON papers(status, position);

-- index papers_by_title_key
CREATE INDEX papers_by_title_key ON papers(title_key);

-- table imports
CREATE TABLE imports ( id INTEGER PRIMARY KEY, source_name TEXT, format TEXT NOT NULL, imported_at TEXT NOT NULL, added_count INTEGER NOT NULL, duplicate_count INTEGER NOT NULL );

-- table notes
CREATE TABLE notes ( id INTEGER PRIMARY KEY, paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, body TEXT NOT NULL, quote TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table paper_tags
CREATE TABLE paper_tags ( paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (paper_id, tag_id) ) WITHOUT ROWID;

-- table papers
CREATE TABLE papers ( id INTEGER PRIMARY KEY, citekey TEXT NOT NULL UNIQUE, title TEXT NOT NULL CHECK (length(trim(title)) > 0), title_key TEXT NOT NULL, abstract TEXT, url TEXT, code_url TEXT, authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)), year INTEGER, venue TEXT, arxiv_id TEXT, doi TEXT, status TEXT NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'reading', 'read')), position INTEGER NOT NULL, added_at TEXT NOT NULL, updated_at TEXT NOT NULL, reading_at TEXT, read_at TEXT, import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL );

-- table tags
CREATE TABLE tags ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0), color TEXT );
