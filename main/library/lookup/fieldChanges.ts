import type { Creator, Paper, RecordField } from '../../../preload/api';
import type { Candidate, PublishedVersion } from '../../lookup/candidate';

/** What a lookup may fill: the record's fields, the authors, the date, a missing abstract, the type. */
export const LOOKUP_FIELDS = [
  'authors',
  'year',
  'month',
  'abstract',
  'entryType',
  'doi',
  'eprint',
  'archivePrefix',
  'primaryClass',
  'url',
  'journal',
  'booktitle',
  'volume',
  'number',
  'pages',
  'publisher',
  'issn',
  'isbn',
] as const satisfies readonly (RecordField | 'authors' | 'year' | 'month' | 'abstract' | 'entryType')[];
export type LookupField = (typeof LOOKUP_FIELDS)[number];

export type FieldValue = string | number | Creator[] | null;

/** Who a field's value is from: typed or accepted by the person (or imported), or a lookup. */
export interface FieldOrigin {
  origin: 'hand' | 'lookup';
  /** The value the lookup wrote, as JSON; a different value now means it was edited since. */
  value: string | null;
}

export type ChangeKind =
  /** The paper has nothing there: a lookup fills it. */
  | 'fill'
  /** An earlier lookup wrote what is there, unchanged since: a newer lookup may replace it. */
  | 'update'
  /** The person's value (typed, imported, or edited after a lookup) differs: only they may replace it. */
  | 'conflict';

export interface FieldChange {
  field: LookupField;
  current: FieldValue;
  proposed: FieldValue;
  kind: ChangeKind;
}

const encode = (value: FieldValue) => JSON.stringify(value);

function isEmpty(value: FieldValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Authors compared by name parts only, so a role or an order of keys does not count as a change. */
function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const names = (list: Creator[]) =>
      list.map((c) => [c.family, c.given, c.literal].join('|').toLowerCase());
    return JSON.stringify(names(a)) === JSON.stringify(names(b));
  }
  if (typeof a === 'string' && typeof b === 'string')
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

export function currentValue(paper: Paper, field: LookupField): FieldValue {
  if (field === 'authors') return paper.creators.filter((creator) => creator.role === 'author');
  if (field === 'abstract') return paper.abstract;
  if (field === 'entryType') return paper.entryType;
  return paper[field];
}

/** What a candidate says of each field it knows. */
export function proposedValues(candidate: Candidate): Partial<Record<LookupField, FieldValue>> {
  const values: Partial<Record<LookupField, FieldValue>> = {};
  if (candidate.creators.length > 0) values.authors = candidate.creators;
  if (candidate.year !== null) values.year = candidate.year;
  if (candidate.month !== null) values.month = candidate.month;
  if (candidate.abstract) values.abstract = candidate.abstract;
  if (candidate.entryType !== 'misc') values.entryType = candidate.entryType;
  for (const field of LOOKUP_FIELDS) {
    const value = candidate.fields[field as RecordField];
    if (value !== undefined) values[field] = value;
  }
  return values;
}

/** The fields that turn a preprint into its published version; eprint and archivePrefix stay. */
export function publishedValues(published: PublishedVersion): Partial<Record<LookupField, FieldValue>> {
  const venueField = published.entryType === 'article' ? 'journal' : 'booktitle';
  const values: Partial<Record<LookupField, FieldValue>> = {
    entryType: published.entryType,
    [venueField]: published.venue,
  };
  const optional = {
    doi: published.doi,
    year: published.year,
    volume: published.volume,
    number: published.number,
  };
  for (const [field, value] of Object.entries({
    ...optional,
    pages: published.pages,
    publisher: published.publisher,
  })) {
    if (value !== null) values[field as LookupField] = value;
  }
  return values;
}

/**
 * Field by field, how the proposal differs from the paper, and whose value stands there now.
 * Fields that already hold the proposed value are left out.
 */
export function fieldChanges(
  paper: Paper,
  proposed: Partial<Record<LookupField, FieldValue>>,
  origins: ReadonlyMap<LookupField, FieldOrigin>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of LOOKUP_FIELDS) {
    const value = proposed[field];
    if (value === undefined) continue;
    const current = currentValue(paper, field);
    if (sameValue(current, value)) continue;
    const origin = origins.get(field);
    // A new paper's type is misc until something says otherwise: not a choice anyone made.
    const unset =
      isEmpty(current) || (field === 'entryType' && current === 'misc' && origin?.origin !== 'hand');
    const ownedByLookup = origin?.origin === 'lookup' && origin.value === encode(current);
    const kind: ChangeKind =
      origin?.origin === 'hand' ? 'conflict' : unset ? 'fill' : ownedByLookup ? 'update' : 'conflict';
    changes.push({ field, current, proposed: value, kind });
  }
  return changes;
}

export { encode as encodeFieldValue };
