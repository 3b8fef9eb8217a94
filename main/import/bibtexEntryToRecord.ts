import {
  CREATOR_ROLES,
  ENTRY_TYPES,
  RECORD_FIELDS,
  type BibRecord,
  type Creator,
  type CreatorRole,
  type EntryType,
  type RecordField,
} from '../../preload/api';
import { emptyRecord } from '../record/record';

/** A name as @retorquere/bibtex-parser delivers it: parts, or `name` for a braced organisation. */
export interface ParsedCreator {
  name?: string;
  lastName?: string;
  firstName?: string;
  prefix?: string;
  suffix?: string;
}

/** The part of the parser's entry this mapping reads (its `Entry` type fits). */
export interface ParsedEntry {
  type: string;
  fields: object;
  mode?: Record<string, string>;
}

/** Fields the paper holds outside its record (title, abstract; annote becomes a note). */
const OUTSIDE_RECORD = new Set(['title', 'abstract', 'annote']);

/** BibTeX and BibLaTeX names of the record's fields; the first one an entry has wins. */
const FIELD_NAMES: Readonly<Record<string, RecordField>> = {
  ...Object.fromEntries(RECORD_FIELDS.map((field) => [field.toLowerCase(), field])),
  journaltitle: 'journal',
  location: 'address',
  eprinttype: 'archivePrefix',
  eprintclass: 'primaryClass',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isCreatorList(value: unknown): value is ParsedCreator[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
}

function toCreator(role: CreatorRole, parsed: ParsedCreator, clean: Clean): Creator | null {
  const part = (value: string | undefined) => (value === undefined ? null : clean(value));
  if (parsed.name !== undefined) {
    const literal = clean(parsed.name);
    return literal === null
      ? null
      : { role, family: null, given: null, particle: null, suffix: null, literal };
  }
  const family = part(parsed.lastName);
  // "and others" (et al.) is kept as it is written, to be written again.
  if (family === 'others' && !parsed.firstName && !parsed.prefix && !parsed.suffix) {
    return { role, family: null, given: null, particle: null, suffix: null, literal: 'others' };
  }
  if (family === null) return null;
  return {
    role,
    family,
    given: part(parsed.firstName),
    particle: part(parsed.prefix),
    suffix: part(parsed.suffix),
    literal: null,
  };
}

/** "Last, First" or the literal name: for a creator list in a field Shelfmark does not know. */
function creatorText(parsed: ParsedCreator): string {
  if (parsed.name !== undefined) return `{${parsed.name}}`;
  const last = [parsed.prefix, parsed.lastName].filter(Boolean).join(' ');
  return [last, parsed.suffix, parsed.firstName].filter(Boolean).join(', ');
}

function monthOf(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  const month = /^\d{1,2}$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3)) + 1;
  return month >= 1 && month <= 12 ? month : null;
}

type Clean = (raw: string) => string | null;

const defaultClean: Clean = (raw) => {
  const text = raw.replace(/\s+/g, ' ').trim().normalize('NFC');
  return text === '' ? null : text;
};

/**
 * The record of one entry from @retorquere/bibtex-parser: its type as written (an unknown type
 * is read as misc), every creator list in order with particles, suffixes and literal names,
 * the date, every known field, and every other field as written, in order, so export can write
 * it again. `clean` turns the parser's text into stored text (parseBibtex restores math with it).
 */
export function bibtexEntryToRecord(entry: ParsedEntry, clean: Clean = defaultClean): BibRecord {
  const record = emptyRecord();
  const type = entry.type.toLowerCase();
  record.entryType = (ENTRY_TYPES as readonly string[]).includes(type) ? (type as EntryType) : 'misc';
  let date: string | null = null;
  for (const [rawName, value] of Object.entries(entry.fields) as [string, unknown][]) {
    const name = rawName.toLowerCase();
    if (OUTSIDE_RECORD.has(name) || value === undefined) continue;
    if ((CREATOR_ROLES as readonly string[]).includes(name) && isCreatorList(value)) {
      for (const parsed of value) {
        const creator = toCreator(name as CreatorRole, parsed, clean);
        if (creator) record.creators.push(creator);
      }
      continue;
    }
    const list = Array.isArray(value) ? (value as unknown[]) : null;
    const separator = name === 'keywords' || entry.mode?.[name] === 'verbatimlist' ? ', ' : ' and ';
    const text = list
      ? clean(
          isCreatorList(list)
            ? list.map(creatorText).join(' and ')
            : list.map((item) => String(item)).join(separator),
        )
      : clean(typeof value === 'string' ? value : JSON.stringify(value));
    if (text === null) continue;
    const field = FIELD_NAMES[name];
    if (name === 'year' && record.year === null && /\d{1,4}/.test(text)) {
      record.year = Number(/\d{1,4}/.exec(text)?.[0]);
    } else if (name === 'month' && record.month === null && monthOf(text) !== null) {
      record.month = monthOf(text);
    } else if (name === 'date' && date === null && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) {
      date = text;
    } else if (field !== undefined && record[field] === null) {
      record[field] = text;
    } else {
      record.extraFields.push({ name: rawName, value: text });
    }
  }
  if (date !== null) {
    const [year, month, day] = date.split('-').map(Number);
    record.year ??= year ?? null;
    record.month ??= month ?? null;
    if (record.month === (month ?? null)) record.day = day ?? null;
  }
  return record;
}
