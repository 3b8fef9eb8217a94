import {
  RECORD_FIELDS,
  type Creator,
  type CreatorRole,
  type ExtraField,
  type PaperEdit,
} from '../../preload/api';
import { UsageError } from '../cliArgs';
import { InvalidRecordError, checkDay, checkMonth, checkYear } from '../record/validateRecord';
import { ShelfmarkError } from '../library/ShelfmarkError';
import type { Values } from './command';

/** `--set` names, as people type them (BibTeX's lower case), to the edit's keys. */
const SETTABLE: Readonly<Record<string, keyof PaperEdit | 'date'>> = {
  ...Object.fromEntries(RECORD_FIELDS.map((field) => [field.toLowerCase(), field])),
  archive_prefix: 'archivePrefix',
  primary_class: 'primaryClass',
  title: 'title',
  abstract: 'abstract',
  code: 'codeUrl',
  codeurl: 'codeUrl',
  type: 'entryType',
  year: 'year',
  month: 'month',
  day: 'day',
  date: 'date',
};

const ROLE_OPTIONS = ['author', 'editor', 'translator'] as const satisfies readonly CreatorRole[];

function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new ShelfmarkError('invalid_argument', error.message);
    throw error;
  }
}

function splitAssignment(raw: string, option: string): [string, string] {
  const at = raw.indexOf('=');
  if (at <= 0) throw new UsageError(`${option} takes name=value, not "${raw}".`);
  return [raw.slice(0, at).trim(), raw.slice(at + 1)];
}

/** "2021", "2021-03" or "2021-03-09". */
function setDate(edit: PaperEdit, raw: string): void {
  const [year = '', month = null, day = null, ...rest] = raw.trim() === '' ? [] : raw.trim().split('-');
  if (rest.length > 0)
    throw new ShelfmarkError(
      'invalid_argument',
      `"${raw}" is not a date: write 2021, 2021-03 or 2021-03-09.`,
    );
  edit.year = checked(() => checkYear(year));
  edit.month = checked(() => checkMonth(month));
  edit.day = checked(() => checkDay(day));
}

/** The parts of an edit that do not depend on the paper: --title, --type and each --set. */
export function parseFieldOptions(values: Values): PaperEdit {
  const edit: PaperEdit = {};
  if (values.title !== undefined) edit.title = values.title;
  if (values.type !== undefined) edit.entryType = values.type as PaperEdit['entryType'];
  for (const raw of values.set ?? []) {
    const [name, value] = splitAssignment(raw, '--set');
    const key = SETTABLE[name.toLowerCase()];
    if ((ROLE_OPTIONS as readonly string[]).includes(name.toLowerCase())) {
      throw new UsageError(`Names are given with --${name.toLowerCase()} NAME, once for each, in order.`);
    }
    if (key === undefined) {
      throw new UsageError(
        `--set does not know the field "${name}". Known fields: title, type, date, year, month, day, abstract, code, ${RECORD_FIELDS.map((field) => field.toLowerCase()).join(', ')}. Keep any other field with --extra ${name}=VALUE.`,
      );
    }
    const text = value.trim() === '' ? null : value;
    if (key === 'date') setDate(edit, value);
    else if (key === 'year') edit.year = checked(() => checkYear(text));
    else if (key === 'month') edit.month = checked(() => checkMonth(text));
    else if (key === 'day') edit.day = checked(() => checkDay(text));
    else if (key === 'entryType') edit.entryType = value as PaperEdit['entryType'];
    else if (key === 'title') edit.title = value;
    else if (key !== 'creators' && key !== 'extraFields') edit[key] = text;
  }
  return edit;
}

/** Names given with --author/--editor/--translator replace that role's list, in place; `--author ""` empties it. */
export function applyCreatorOptions(values: Values, current: readonly Creator[]): PaperEdit['creators'] {
  const given = ROLE_OPTIONS.filter((role) => values[role] !== undefined);
  if (given.length === 0) return undefined;
  let result: NonNullable<PaperEdit['creators']> = [...current];
  for (const role of given) {
    const names = (values[role] ?? []).filter((name) => name.trim() !== '');
    const at = result.findIndex((creator) => creator.role === role);
    const without = result.filter((creator) => creator.role !== role);
    const index =
      at >= 0
        ? result.slice(0, at).filter((creator) => creator.role !== role).length
        : role === 'author'
          ? 0
          : without.length;
    result = [...without.slice(0, index), ...names.map((name) => ({ role, name })), ...without.slice(index)];
  }
  return result;
}

/** --extra name=value sets a field Shelfmark does not know (replacing one of that name); an empty value removes it. */
export function applyExtraOptions(values: Values, current: readonly ExtraField[]): ExtraField[] | undefined {
  if (values.extra === undefined) return undefined;
  const result = [...current];
  for (const raw of values.extra) {
    const [name, value] = splitAssignment(raw, '--extra');
    const at = result.findIndex((field) => field.name.toLowerCase() === name.toLowerCase());
    if (value.trim() === '') {
      if (at >= 0) result.splice(at, 1);
    } else if (at >= 0) result[at] = { name, value };
    else result.push({ name, value });
  }
  return result;
}
