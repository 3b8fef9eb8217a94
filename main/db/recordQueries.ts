import { RECORD_FIELDS, type BibRecord } from '../../preload/api';
import type { LibraryDb } from './openLibrary';
import {
  FIELD_COLUMNS,
  toCreator,
  toExtraField,
  type CreatorRow,
  type ExtraFieldRow,
  type RecordParts,
} from './paperRows';

/** Every paper's creators and extra fields, grouped by paper (two queries, not two per paper). */
export function recordPartsByPaper(db: LibraryDb, ids?: readonly number[]): Map<number, RecordParts> {
  const filter = ids ? 'WHERE paper_id IN (SELECT value FROM json_each(?))' : '';
  const params = ids ? [JSON.stringify(ids)] : [];
  const parts = new Map<number, RecordParts>();
  const partsOf = (id: number): RecordParts => {
    let found = parts.get(id);
    if (!found) parts.set(id, (found = { creators: [], extraFields: [] }));
    return found;
  };
  const creators = db
    .prepare(`SELECT * FROM paper_creators ${filter} ORDER BY paper_id, position`)
    .all(...params) as CreatorRow[];
  for (const row of creators) partsOf(row.paper_id).creators.push(toCreator(row));
  const extras = db
    .prepare(`SELECT * FROM paper_extra_fields ${filter} ORDER BY paper_id, position`)
    .all(...params) as ExtraFieldRow[];
  for (const row of extras) partsOf(row.paper_id).extraFields.push(toExtraField(row));
  return parts;
}

export function recordParts(db: LibraryDb, id: number): RecordParts {
  return recordPartsByPaper(db, [id]).get(id) ?? { creators: [], extraFields: [] };
}

/** The record's columns on papers, as named parameters for an INSERT or UPDATE. */
export function recordColumns(record: BibRecord): Record<string, string | number | null> {
  const columns: Record<string, string | number | null> = {
    entry_type: record.entryType,
    year: record.year,
    month: record.month,
    day: record.day,
  };
  for (const field of RECORD_FIELDS) columns[FIELD_COLUMNS[field]] = record[field];
  return columns;
}

export const RECORD_COLUMN_NAMES = [
  'entry_type',
  'year',
  'month',
  'day',
  ...RECORD_FIELDS.map((field) => FIELD_COLUMNS[field]),
];

/** Writers for a paper's creators and extra fields, each statement prepared once. */
export function recordPartsWriter(db: LibraryDb) {
  const deleteCreators = db.prepare('DELETE FROM paper_creators WHERE paper_id = ?');
  const insertCreator = db.prepare(
    `INSERT INTO paper_creators (paper_id, position, role, family, given, particle, suffix, literal)
     VALUES (@paper_id, @position, @role, @family, @given, @particle, @suffix, @literal)`,
  );
  const deleteExtras = db.prepare('DELETE FROM paper_extra_fields WHERE paper_id = ?');
  const insertExtra = db.prepare(
    'INSERT INTO paper_extra_fields (paper_id, position, name, value) VALUES (@paper_id, @position, @name, @value)',
  );
  return {
    /** Replaces the paper's creators, in order. */
    setCreators(paperId: number, creators: BibRecord['creators'], replace = true): void {
      if (replace) deleteCreators.run(paperId);
      creators.forEach((creator, position) => {
        const row: CreatorRow = { paper_id: paperId, position, ...creator };
        insertCreator.run(row);
      });
    },
    setExtraFields(paperId: number, fields: BibRecord['extraFields'], replace = true): void {
      if (replace) deleteExtras.run(paperId);
      fields.forEach(({ name, value }, position) => {
        const row: ExtraFieldRow = { paper_id: paperId, position, name, value };
        insertExtra.run(row);
      });
    },
  };
}
