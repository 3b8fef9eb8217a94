import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Schema 2's authors were "Last, First" strings ("van der Berg, Jr., Anna"; a name without a
 * comma was an organisation). Frozen here, as this migration shipped: later changes to the live
 * name parser must not change what an upgrade produces.
 */
function splitLegacyName(
  name: string,
): Record<'family' | 'given' | 'particle' | 'suffix' | 'literal', string | null> {
  const none = { family: null, given: null, particle: null, suffix: null, literal: null };
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length === 1) return { ...none, literal: name.trim() };
  const words = (parts[0] ?? '').split(/\s+/).filter(Boolean);
  let lastLower = -1;
  for (let index = 0; index < words.length - 1; index += 1) {
    const word = words[index] ?? '';
    if (word !== word.toUpperCase() && word[0] === word[0]?.toLowerCase()) lastLower = index;
  }
  const text = (list: string[]) => (list.join(' ').trim() === '' ? null : list.join(' ').trim());
  return {
    ...none,
    particle: text(words.slice(0, lastLower + 1)),
    family: text(words.slice(lastLower + 1)) ?? name.trim(),
    suffix: parts.length > 2 ? parts[1] || null : null,
    given: (parts.length > 2 ? parts.slice(2) : parts.slice(1)).join(', ') || null,
  };
}

function moveLegacyData(db: Database): void {
  const papers = db
    .prepare(
      `SELECT p.id, p.authors, p.venue, p.arxiv_id AS arxivId, p.year, i.format
       FROM papers p LEFT JOIN imports i ON i.id = p.import_id`,
    )
    .all() as {
    id: number;
    authors: string;
    venue: string | null;
    arxivId: string | null;
    year: number | null;
    format: string | null;
  }[];
  const creator = db.prepare(
    `INSERT INTO paper_creators (paper_id, position, role, family, given, particle, suffix, literal)
     VALUES (@paperId, @position, 'author', @family, @given, @particle, @suffix, @literal)`,
  );
  const paper = db.prepare(
    `UPDATE papers SET entry_type = ?, journal = ?, eprint = ?, archive_prefix = ?, citekey_provisional = ? WHERE id = ?`,
  );
  for (const row of papers) {
    const authors = (JSON.parse(row.authors) as unknown[]).filter(
      (author): author is string => typeof author === 'string' && author.trim() !== '',
    );
    authors.forEach((author, position) =>
      creator.run({ paperId: row.id, position, ...splitLegacyName(author) }),
    );
    // Keys made by Shelfmark without authors or a year; a .bib or JSON source's own keys are the person's.
    const madeHere = row.format !== 'bibtex' && row.format !== 'json';
    const provisional = madeHere && (authors.length === 0 || row.year === null) ? 1 : 0;
    paper.run(
      row.venue ? 'article' : 'misc',
      row.venue,
      row.arxivId,
      row.arxivId ? 'arXiv' : null,
      provisional,
      row.id,
    );
  }
}

/** Change triggers for the papers table's new shape and the two new tracked tables, as shipped. */
const TRIGGERS = `
  CREATE TRIGGER papers_log_insert AFTER INSERT ON papers
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'papers', NULL, json_object('id', NEW."id", 'citekey', NEW."citekey", 'title', NEW."title", 'title_key', NEW."title_key", 'abstract', NEW."abstract", 'url', NEW."url", 'code_url', NEW."code_url", 'year', NEW."year", 'doi', NEW."doi", 'status', NEW."status", 'position', NEW."position", 'added_at', NEW."added_at", 'updated_at', NEW."updated_at", 'reading_at', NEW."reading_at", 'read_at', NEW."read_at", 'import_id', NEW."import_id", 'entry_type', NEW."entry_type", 'citekey_provisional', NEW."citekey_provisional", 'month', NEW."month", 'day', NEW."day", 'journal', NEW."journal", 'booktitle', NEW."booktitle", 'volume', NEW."volume", 'number', NEW."number", 'pages', NEW."pages", 'publisher', NEW."publisher", 'address', NEW."address", 'edition', NEW."edition", 'series', NEW."series", 'chapter', NEW."chapter", 'institution', NEW."institution", 'school', NEW."school", 'organization', NEW."organization", 'howpublished', NEW."howpublished", 'isbn', NEW."isbn", 'issn', NEW."issn", 'eprint', NEW."eprint", 'archive_prefix', NEW."archive_prefix", 'primary_class', NEW."primary_class", 'note', NEW."note", 'language', NEW."language", 'keywords', NEW."keywords") FROM undo_recording;
  END;
  CREATE TRIGGER papers_log_update AFTER UPDATE ON papers
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'papers', json_object('id', OLD."id", 'citekey', OLD."citekey", 'title', OLD."title", 'title_key', OLD."title_key", 'abstract', OLD."abstract", 'url', OLD."url", 'code_url', OLD."code_url", 'year', OLD."year", 'doi', OLD."doi", 'status', OLD."status", 'position', OLD."position", 'added_at', OLD."added_at", 'updated_at', OLD."updated_at", 'reading_at', OLD."reading_at", 'read_at', OLD."read_at", 'import_id', OLD."import_id", 'entry_type', OLD."entry_type", 'citekey_provisional', OLD."citekey_provisional", 'month', OLD."month", 'day', OLD."day", 'journal', OLD."journal", 'booktitle', OLD."booktitle", 'volume', OLD."volume", 'number', OLD."number", 'pages', OLD."pages", 'publisher', OLD."publisher", 'address', OLD."address", 'edition', OLD."edition", 'series', OLD."series", 'chapter', OLD."chapter", 'institution', OLD."institution", 'school', OLD."school", 'organization', OLD."organization", 'howpublished', OLD."howpublished", 'isbn', OLD."isbn", 'issn', OLD."issn", 'eprint', OLD."eprint", 'archive_prefix', OLD."archive_prefix", 'primary_class', OLD."primary_class", 'note', OLD."note", 'language', OLD."language", 'keywords', OLD."keywords"), json_object('id', NEW."id", 'citekey', NEW."citekey", 'title', NEW."title", 'title_key', NEW."title_key", 'abstract', NEW."abstract", 'url', NEW."url", 'code_url', NEW."code_url", 'year', NEW."year", 'doi', NEW."doi", 'status', NEW."status", 'position', NEW."position", 'added_at', NEW."added_at", 'updated_at', NEW."updated_at", 'reading_at', NEW."reading_at", 'read_at', NEW."read_at", 'import_id', NEW."import_id", 'entry_type', NEW."entry_type", 'citekey_provisional', NEW."citekey_provisional", 'month', NEW."month", 'day', NEW."day", 'journal', NEW."journal", 'booktitle', NEW."booktitle", 'volume', NEW."volume", 'number', NEW."number", 'pages', NEW."pages", 'publisher', NEW."publisher", 'address', NEW."address", 'edition', NEW."edition", 'series', NEW."series", 'chapter', NEW."chapter", 'institution', NEW."institution", 'school', NEW."school", 'organization', NEW."organization", 'howpublished', NEW."howpublished", 'isbn', NEW."isbn", 'issn', NEW."issn", 'eprint', NEW."eprint", 'archive_prefix', NEW."archive_prefix", 'primary_class', NEW."primary_class", 'note', NEW."note", 'language', NEW."language", 'keywords', NEW."keywords") FROM undo_recording;
  END;
  CREATE TRIGGER papers_log_delete AFTER DELETE ON papers
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'papers', json_object('id', OLD."id", 'citekey', OLD."citekey", 'title', OLD."title", 'title_key', OLD."title_key", 'abstract', OLD."abstract", 'url', OLD."url", 'code_url', OLD."code_url", 'year', OLD."year", 'doi', OLD."doi", 'status', OLD."status", 'position', OLD."position", 'added_at', OLD."added_at", 'updated_at', OLD."updated_at", 'reading_at', OLD."reading_at", 'read_at', OLD."read_at", 'import_id', OLD."import_id", 'entry_type', OLD."entry_type", 'citekey_provisional', OLD."citekey_provisional", 'month', OLD."month", 'day', OLD."day", 'journal', OLD."journal", 'booktitle', OLD."booktitle", 'volume', OLD."volume", 'number', OLD."number", 'pages', OLD."pages", 'publisher', OLD."publisher", 'address', OLD."address", 'edition', OLD."edition", 'series', OLD."series", 'chapter', OLD."chapter", 'institution', OLD."institution", 'school', OLD."school", 'organization', OLD."organization", 'howpublished', OLD."howpublished", 'isbn', OLD."isbn", 'issn', OLD."issn", 'eprint', OLD."eprint", 'archive_prefix', OLD."archive_prefix", 'primary_class', OLD."primary_class", 'note', OLD."note", 'language', OLD."language", 'keywords', OLD."keywords"), NULL FROM undo_recording;
  END;
  CREATE TRIGGER paper_creators_log_insert AFTER INSERT ON paper_creators
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_creators', NULL, json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'role', NEW."role", 'family', NEW."family", 'given', NEW."given", 'particle', NEW."particle", 'suffix', NEW."suffix", 'literal', NEW."literal") FROM undo_recording;
  END;
  CREATE TRIGGER paper_creators_log_update AFTER UPDATE ON paper_creators
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_creators', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'role', OLD."role", 'family', OLD."family", 'given', OLD."given", 'particle', OLD."particle", 'suffix', OLD."suffix", 'literal', OLD."literal"), json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'role', NEW."role", 'family', NEW."family", 'given', NEW."given", 'particle', NEW."particle", 'suffix', NEW."suffix", 'literal', NEW."literal") FROM undo_recording;
  END;
  CREATE TRIGGER paper_creators_log_delete AFTER DELETE ON paper_creators
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_creators', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'role', OLD."role", 'family', OLD."family", 'given', OLD."given", 'particle', OLD."particle", 'suffix', OLD."suffix", 'literal', OLD."literal"), NULL FROM undo_recording;
  END;
  CREATE TRIGGER paper_extra_fields_log_insert AFTER INSERT ON paper_extra_fields
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_extra_fields', NULL, json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'name', NEW."name", 'value', NEW."value") FROM undo_recording;
  END;
  CREATE TRIGGER paper_extra_fields_log_update AFTER UPDATE ON paper_extra_fields
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_extra_fields', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'name', OLD."name", 'value', OLD."value"), json_object('paper_id', NEW."paper_id", 'position', NEW."position", 'name', NEW."name", 'value', NEW."value") FROM undo_recording;
  END;
  CREATE TRIGGER paper_extra_fields_log_delete AFTER DELETE ON paper_extra_fields
  WHEN EXISTS (SELECT 1 FROM undo_recording)
  BEGIN
    INSERT INTO operation_changes (operation_id, table_name, old_row, new_row)
    SELECT operation_id, 'paper_extra_fields', json_object('paper_id', OLD."paper_id", 'position', OLD."position", 'name', OLD."name", 'value', OLD."value"), NULL FROM undo_recording;
  END;
`;

/** Literal SQL, as shipped: a migration never reads the live schema or code that changes later. */
export const bibliographicRecord: Migration = {
  version: 3,
  name: 'bibliographic record',
  up(db) {
    db.exec(`
      DROP TRIGGER papers_log_insert;
      DROP TRIGGER papers_log_update;
      DROP TRIGGER papers_log_delete;

      ALTER TABLE papers ADD COLUMN entry_type TEXT NOT NULL DEFAULT 'misc';
      ALTER TABLE papers ADD COLUMN citekey_provisional INTEGER NOT NULL DEFAULT 0 CHECK (citekey_provisional IN (0, 1));
      ALTER TABLE papers ADD COLUMN month INTEGER CHECK (month BETWEEN 1 AND 12);
      ALTER TABLE papers ADD COLUMN day INTEGER CHECK (day BETWEEN 1 AND 31);
      ALTER TABLE papers ADD COLUMN journal TEXT;
      ALTER TABLE papers ADD COLUMN booktitle TEXT;
      ALTER TABLE papers ADD COLUMN volume TEXT;
      ALTER TABLE papers ADD COLUMN number TEXT;
      ALTER TABLE papers ADD COLUMN pages TEXT;
      ALTER TABLE papers ADD COLUMN publisher TEXT;
      ALTER TABLE papers ADD COLUMN address TEXT;
      ALTER TABLE papers ADD COLUMN edition TEXT;
      ALTER TABLE papers ADD COLUMN series TEXT;
      ALTER TABLE papers ADD COLUMN chapter TEXT;
      ALTER TABLE papers ADD COLUMN institution TEXT;
      ALTER TABLE papers ADD COLUMN school TEXT;
      ALTER TABLE papers ADD COLUMN organization TEXT;
      ALTER TABLE papers ADD COLUMN howpublished TEXT;
      ALTER TABLE papers ADD COLUMN isbn TEXT;
      ALTER TABLE papers ADD COLUMN issn TEXT;
      ALTER TABLE papers ADD COLUMN eprint TEXT;
      ALTER TABLE papers ADD COLUMN archive_prefix TEXT;
      ALTER TABLE papers ADD COLUMN primary_class TEXT;
      ALTER TABLE papers ADD COLUMN note TEXT;
      ALTER TABLE papers ADD COLUMN language TEXT;
      ALTER TABLE papers ADD COLUMN keywords TEXT;

      -- A person (family name at least) or an organisation written as one piece (literal).
      CREATE TABLE paper_creators (
        paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        family TEXT,
        given TEXT,
        particle TEXT,
        suffix TEXT,
        literal TEXT,
        PRIMARY KEY (paper_id, position),
        CHECK ((literal IS NULL) <> (family IS NULL)),
        CHECK (literal IS NULL OR (given IS NULL AND particle IS NULL AND suffix IS NULL))
      ) WITHOUT ROWID;

      -- Fields Shelfmark does not know, kept as written, in order, to be exported again.
      CREATE TABLE paper_extra_fields (
        paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (paper_id, position)
      ) WITHOUT ROWID;
    `);
    moveLegacyData(db);
    db.exec(`
      ALTER TABLE papers DROP COLUMN authors;
      ALTER TABLE papers DROP COLUMN venue;
      ALTER TABLE papers DROP COLUMN arxiv_id;
    `);
    db.exec(TRIGGERS);
    // Undo history written before the upgrade holds rows of schema 2's shape (authors, venue,
    // arxiv_id), which cannot be written back into schema 3; the library's contents are kept.
    db.exec('DELETE FROM operations');
  },
};
