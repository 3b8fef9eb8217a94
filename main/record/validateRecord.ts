import {
  CREATOR_ROLES,
  ENTRY_TYPES,
  RECORD_FIELDS,
  type Creator,
  type CreatorInput,
  type EntryType,
  type ExtraField,
} from '../../preload/api';
import { creatorFromText } from './names';

/** Input a person can fix; the message says how. */
export class InvalidRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}

const fail = (message: string): never => {
  throw new InvalidRecordError(message);
};

export function checkTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  return title === '' ? fail('A paper needs a title.') : title;
}

/** Type names are case-insensitive in BibTeX: "@InProceedings" is inproceedings. */
export function checkEntryType(raw: string): EntryType {
  const type = raw.trim().replace(/^@/, '').toLowerCase();
  if ((ENTRY_TYPES as readonly string[]).includes(type)) return type as EntryType;
  const near = ENTRY_TYPES.filter((known) => known.startsWith(type.slice(0, 4)) && type.length >= 3);
  return fail(
    `"${raw}" is not an entry type.${near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : ''} Entry types are BibTeX's and BibLaTeX's: article, inproceedings, book, incollection, phdthesis, techreport, misc, online, ...`,
  );
}

export function checkYear(raw: number | string | null): number | null {
  if (raw === null || raw === '') return null;
  const text = String(raw).trim();
  return /^\d{1,4}$/.test(text)
    ? Number(text)
    : fail(`"${text}" is not a year: write it as digits, like 2021.`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12, or a month's name or BibTeX macro (jan, February). */
export function checkMonth(raw: number | string | null): number | null {
  if (raw === null || raw === '') return null;
  const text = String(raw).trim().toLowerCase();
  const byName = MONTHS.indexOf(text.slice(0, 3)) + 1;
  const month = /^\d{1,2}$/.test(text) ? Number(text) : byName > 0 && /^[a-z]+\.?$/.test(text) ? byName : 0;
  return month >= 1 && month <= 12
    ? month
    : fail(`"${String(raw)}" is not a month: use 1-12 or a name like Jan.`);
}

export function checkDay(raw: number | string | null): number | null {
  if (raw === null || raw === '') return null;
  const text = String(raw).trim();
  const day = /^\d{1,2}$/.test(text) ? Number(text) : 0;
  return day >= 1 && day <= 31 ? day : fail(`"${text}" is not a day of the month.`);
}

/** A month needs a year and a day a month; the day must exist in that month. */
export function checkDate(year: number | null, month: number | null, day: number | null): void {
  if (month !== null && year === null) fail('A date with a month needs a year too.');
  if (day !== null && month === null) fail('A date with a day needs a month too.');
  if (year !== null && month !== null && day !== null) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCDate() !== day) fail(`${year}-${month}-${day} is not a date.`);
  }
}

/** "https://doi.org/10.1000/x", "doi:10.1000/x" and "10.1000/x" are the same DOI: the bare one is kept. */
export function checkDoi(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  const doi = raw
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
    .trim();
  return /^10\.\d{4,9}\/\S+$/.test(doi)
    ? doi
    : fail(`"${raw.trim()}" is not a DOI: a DOI looks like 10.1145/3341301.3359630.`);
}

/** Text fields: white space trimmed, empty means none. */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim();
  return text === '' ? null : text;
}

const KNOWN = new Set<string>([
  ...RECORD_FIELDS.map((field) => field.toLowerCase()),
  'title',
  'abstract',
  'author',
  'editor',
  'year',
  'month',
  'day',
  'date',
]);

export function checkExtraFields(fields: readonly ExtraField[]): ExtraField[] {
  const seen = new Set<string>();
  return fields.map(({ name: raw, value }) => {
    const name = raw.trim();
    if (!/^[A-Za-z][A-Za-z0-9_:.+-]*$/.test(name))
      fail(`"${raw}" cannot be a field name: use letters, digits and - _ : . +`);
    const key = name.toLowerCase();
    if (KNOWN.has(key))
      fail(`"${name}" is a field Shelfmark knows; set it as ${name} rather than as an extra field.`);
    if (seen.has(key)) fail(`The field "${name}" is given twice.`);
    seen.add(key);
    return { name, value };
  });
}

export function checkCreators(inputs: readonly CreatorInput[]): Creator[] {
  return inputs.map((input) => {
    if (!(CREATOR_ROLES as readonly string[]).includes(input.role)) {
      fail(`"${input.role}" is not a creator role: use ${CREATOR_ROLES.join(', ')}.`);
    }
    if ('name' in input) {
      return creatorFromText(input.role, input.name) ?? fail(`An ${input.role}'s name is empty.`);
    }
    const parts = {
      family: cleanText(input.family),
      given: cleanText(input.given),
      particle: cleanText(input.particle),
      suffix: cleanText(input.suffix),
      literal: cleanText(input.literal),
    };
    if (parts.literal !== null) {
      return {
        role: input.role,
        family: null,
        given: null,
        particle: null,
        suffix: null,
        literal: parts.literal,
      };
    }
    if (parts.family === null) fail(`An ${input.role} needs a family name, or a name written as one piece.`);
    return { role: input.role, ...parts };
  });
}
