import type {
  BibRecord,
  Creator,
  CreatorRole,
  EntryType,
  ExtraField,
  Note,
  Paper,
  PaperStatus,
  PaperSummary,
  RecordField,
  RecordFields,
} from '../../preload/api';
import { RECORD_FIELDS } from '../../preload/api';
import { arxivIdOf, authorNames, venueOf } from '../record/record';

/** The column each record field is stored in (snake case where the BibTeX name is camel case). */
export const FIELD_COLUMNS: Readonly<Record<RecordField, string>> = Object.fromEntries(
  RECORD_FIELDS.map((field) => [field, field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)]),
) as Record<RecordField, string>;

type FieldColumns = Omit<RecordFields, 'archivePrefix' | 'primaryClass'> & {
  archive_prefix: string | null;
  primary_class: string | null;
};

/** A papers row as SQLite returns it (schema 3). */
export interface PaperRow extends FieldColumns {
  id: number;
  citekey: string;
  citekey_provisional: 0 | 1;
  title: string;
  title_key: string;
  abstract: string | null;
  code_url: string | null;
  entry_type: EntryType;
  year: number | null;
  month: number | null;
  day: number | null;
  status: PaperStatus;
  position: number;
  added_at: string;
  updated_at: string;
  reading_at: string | null;
  read_at: string | null;
  import_id: number | null;
}

/** A paper_creators row. */
export interface CreatorRow {
  paper_id: number;
  position: number;
  role: CreatorRole;
  family: string | null;
  given: string | null;
  particle: string | null;
  suffix: string | null;
  literal: string | null;
}

/** A paper_extra_fields row. */
export interface ExtraFieldRow {
  paper_id: number;
  position: number;
  name: string;
  value: string;
}

/** A paper's creators and extra fields, read from their own tables. */
export interface RecordParts {
  creators: Creator[];
  extraFields: ExtraField[];
}

export function toCreator(row: CreatorRow): Creator {
  const { role, family, given, particle, suffix, literal } = row;
  return { role, family, given, particle, suffix, literal };
}

export function toExtraField(row: ExtraFieldRow): ExtraField {
  return { name: row.name, value: row.value };
}

function fieldsOf(row: PaperRow): RecordFields {
  return Object.fromEntries(
    RECORD_FIELDS.map((field) => [field, row[FIELD_COLUMNS[field] as keyof FieldColumns] ?? null]),
  ) as RecordFields;
}

export function toRecord(row: PaperRow, parts: RecordParts): BibRecord {
  return {
    entryType: row.entry_type,
    creators: parts.creators,
    year: row.year,
    month: row.month,
    day: row.day,
    extraFields: parts.extraFields,
    ...fieldsOf(row),
  };
}

export function toPaper(row: PaperRow, tags: string[], notes: Note[], parts: RecordParts): Paper {
  const record = toRecord(row, parts);
  return {
    id: row.id,
    citekey: row.citekey,
    citekeyProvisional: row.citekey_provisional === 1,
    title: row.title,
    abstract: row.abstract,
    status: row.status,
    tags,
    codeUrl: row.code_url,
    notes,
    addedAt: row.added_at,
    updatedAt: row.updated_at,
    readingAt: row.reading_at,
    readAt: row.read_at,
    ...record,
    authors: authorNames(record),
    venue: venueOf(record),
    arxivId: arxivIdOf(record),
  };
}

/** What the list query selects for a row (see SUMMARY_COLUMNS in paperQueries.ts). */
export type SummaryRow = Pick<PaperRow, 'id' | 'citekey' | 'title' | 'status' | 'added_at' | 'year'> & {
  venue: string | null;
  first_author: string | null;
  second_author: string | null;
  author_count: number;
};

export function toSummary(row: SummaryRow, tags: string[]): PaperSummary {
  return {
    id: row.id,
    citekey: row.citekey,
    title: row.title,
    status: row.status,
    tags,
    addedAt: row.added_at,
    year: row.year,
    venue: row.venue,
    firstAuthor: row.first_author,
    secondAuthor: row.second_author,
    authorCount: row.author_count,
  };
}
