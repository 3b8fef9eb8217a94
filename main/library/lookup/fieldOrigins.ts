import type { LibraryDb } from '../../db/openLibrary';
import type { SourceName } from '../../lookup/candidate';
import {
  LOOKUP_FIELDS,
  encodeFieldValue,
  type FieldOrigin,
  type FieldValue,
  type LookupField,
} from './fieldChanges';

export function fieldOrigins(db: LibraryDb, paperId: number): Map<LookupField, FieldOrigin> {
  const rows = db
    .prepare('SELECT field, origin, value FROM paper_field_origins WHERE paper_id = ?')
    .all(paperId) as ({ field: LookupField } & FieldOrigin)[];
  return new Map(rows.map((row) => [row.field, { origin: row.origin, value: row.value }]));
}

export interface FieldProvenance {
  field: string;
  origin: 'hand' | 'lookup';
  source: SourceName | null;
  score: number | null;
  at: string;
}

/** Where each of a paper's fields came from, for the window's record view and `lookup --json`. */
export function fieldProvenance(db: LibraryDb, paperId: number): FieldProvenance[] {
  return db
    .prepare(
      'SELECT field, origin, source, score, at FROM paper_field_origins WHERE paper_id = ? ORDER BY field',
    )
    .all(paperId) as FieldProvenance[];
}

export function recordLookupOrigin(
  db: LibraryDb,
  paperId: number,
  field: LookupField,
  value: FieldValue,
  source: SourceName,
  score: number,
  at: string,
): void {
  db.prepare(
    `INSERT INTO paper_field_origins (paper_id, field, origin, source, score, value, at)
     VALUES (?, ?, 'lookup', ?, ?, ?, ?)
     ON CONFLICT (paper_id, field) DO UPDATE SET origin = 'lookup', source = excluded.source,
       score = excluded.score, value = excluded.value, at = excluded.at`,
  ).run(paperId, field, source, score, encodeFieldValue(value), at);
}

/**
 * Marks fields as the person's: no automatic lookup writes them again. Editing a paper calls
 * this for the fields it changed (inside the edit's own undoable operation).
 */
export function markEditedByHand(
  db: LibraryDb,
  paperId: number,
  fields: readonly string[],
  now = new Date(),
): void {
  const mark = db.prepare(
    `INSERT INTO paper_field_origins (paper_id, field, origin, source, score, value, at)
     VALUES (?, ?, 'hand', NULL, NULL, NULL, ?)
     ON CONFLICT (paper_id, field) DO UPDATE SET origin = 'hand', source = NULL, score = NULL, value = NULL, at = excluded.at`,
  );
  for (const field of fields) {
    const name = field === 'creators' ? 'authors' : field;
    if ((LOOKUP_FIELDS as readonly string[]).includes(name)) mark.run(paperId, name, now.toISOString());
  }
}
