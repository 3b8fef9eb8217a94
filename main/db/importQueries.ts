import type { BibRecord, Paper, PaperStatus } from '../../preload/api';
import { recordFromLegacy } from '../record/record';
import { CITEKEY_SQL } from './citekeyQueries';
import type { LibraryDb } from './openLibrary';
import { RECORD_COLUMN_NAMES, recordColumns, recordPartsWriter } from './recordQueries';

/**
 * A paper to insert: its record, or (from parsers that do not give one yet) the schema 2
 * fields it is made from.
 */
export type NewPaper = Pick<
  Paper,
  'citekey' | 'title' | 'abstract' | 'url' | 'codeUrl' | 'authors' | 'year' | 'venue' | 'arxivId' | 'doi'
> & {
  record?: BibRecord | undefined;
  citekeyProvisional?: boolean | undefined;
  titleKey: string;
  status: PaperStatus;
  position: number;
  addedAt: string;
  readingAt: string | null;
  readAt: string | null;
};

export interface ImportRecord {
  sourceName: string | null;
  format: string;
  importedAt: string;
  addedCount: number;
  duplicateCount: number;
}

/** The largest paper id (0 for an empty library): at most this many papers to scan. An index answers it. */
export function largestPaperId(db: LibraryDb): number {
  return db.prepare('SELECT coalesce(max(id), 0) FROM papers').pluck().get() as number;
}

/**
 * Papers already in the library, by normalized title, for duplicate detection: one indexed
 * lookup per key, or one pass over the library when it holds fewer papers than there are keys.
 */
export function findByTitleKeys(
  db: LibraryDb,
  keys: readonly string[],
): Map<string, { id: number; title: string }> {
  const found = new Map<string, { id: number; title: string }>();
  const wanted = new Set(keys);
  if (largestPaperId(db) <= wanted.size) {
    const rows = db.prepare('SELECT id, title, title_key FROM papers ORDER BY id').iterate() as Iterable<{
      id: number;
      title: string;
      title_key: string;
    }>;
    for (const { id, title, title_key: key } of rows) {
      if (wanted.has(key) && !found.has(key)) found.set(key, { id, title });
    }
    return found;
  }
  const select = db.prepare('SELECT id, title FROM papers WHERE title_key = ? ORDER BY id LIMIT 1');
  for (const key of wanted) {
    const row = select.get(key) as { id: number; title: string } | undefined;
    if (row) found.set(key, row);
  }
  return found;
}

export function citekeyTaken(db: LibraryDb): (key: string) => boolean {
  const select = db.prepare(CITEKEY_SQL.taken).pluck();
  return (key) => select.get(key) !== undefined;
}

/**
 * The library's keys as one set (ASCII case folded, as NOCASE compares), read in one pass:
 * for an import larger than the library, cheaper than a lookup per key. Keys are ASCII.
 */
export function citekeysInLibrary(db: LibraryDb): (key: string) => boolean {
  const keys = new Set(db.prepare('SELECT lower(citekey) FROM papers').pluck().all() as string[]);
  return (key) => keys.has(key.toLowerCase());
}

export function insertImport(db: LibraryDb, record: ImportRecord): number {
  const result = db
    .prepare(
      `INSERT INTO imports (source_name, format, imported_at, added_count, duplicate_count)
       VALUES (@sourceName, @format, @importedAt, @addedCount, @duplicateCount)`,
    )
    .run(record);
  return Number(result.lastInsertRowid);
}

/**
 * Inserts for one import (or, without an import, a paper added by hand), each statement prepared
 * once: an import of 100,000 papers runs them 100,000 times.
 */
export function importWriter(db: LibraryDb, importId: number | null, now: string) {
  const paper = db.prepare(
    `INSERT INTO papers (citekey, citekey_provisional, title, title_key, abstract, code_url,
                         status, position, added_at, updated_at, reading_at, read_at, import_id,
                         ${RECORD_COLUMN_NAMES.join(', ')})
     VALUES (@citekey, @citekeyProvisional, @title, @titleKey, @abstract, @codeUrl,
             @status, @position, @addedAt, @now, @readingAt, @readAt, @importId,
             ${RECORD_COLUMN_NAMES.map((column) => `@${column}`).join(', ')})`,
  );
  const parts = recordPartsWriter(db);
  const note = db.prepare(
    'INSERT INTO notes (paper_id, body, quote, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const tagLink = db.prepare('INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)');
  return {
    insertPaper: (fields: NewPaper): number => {
      const record = fields.record ?? recordFromLegacy(fields);
      const { citekey, title, titleKey, abstract, codeUrl, status, position, addedAt, readingAt, readAt } =
        fields;
      const paperId = Number(
        paper.run({
          citekey,
          citekeyProvisional: fields.citekeyProvisional ? 1 : 0,
          title,
          titleKey,
          abstract,
          codeUrl,
          status,
          position,
          addedAt,
          readingAt,
          readAt,
          importId,
          now,
          ...recordColumns(record),
        }).lastInsertRowid,
      );
      parts.setCreators(paperId, record.creators, false);
      parts.setExtraFields(paperId, record.extraFields, false);
      return paperId;
    },
    insertNote: (paperId: number, body: string, quote: string | null): void => {
      note.run(paperId, body, quote, now, now);
    },
    linkTag: (paperId: number, tagId: number): void => {
      tagLink.run(paperId, tagId);
    },
  };
}
