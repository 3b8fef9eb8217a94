import { markEditedByHand } from './lookup/fieldOrigins';
import { RECORD_FIELDS, type BibRecord, type Paper, type PaperEdit } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { getPaper } from '../db/paperQueries';
import { recordColumns, recordPartsWriter } from '../db/recordQueries';
import { normalizeTitle } from '../import/normalizeText';
import { emptyRecord } from '../record/record';
import {
  InvalidRecordError,
  checkCreators,
  checkDate,
  checkDay,
  checkDoi,
  checkEntryType,
  checkExtraFields,
  checkMonth,
  checkTitle,
  checkYear,
  cleanText,
} from '../record/validateRecord';
import { requirePapers } from './paperRefs';
import { insertNewPaper } from './insertNewPaper';
import { ShelfmarkError } from './ShelfmarkError';
import { recordOperation } from './undo';

type Editable = BibRecord & Pick<Paper, 'title' | 'abstract' | 'codeUrl'>;
type CheckedEdit = Partial<Editable>;

/** Checks and cleans every part of an edit before anything is written; the first problem is refused whole. */
function checkEdit(edit: PaperEdit): CheckedEdit {
  try {
    const checked: CheckedEdit = {};
    if (edit.title !== undefined) checked.title = checkTitle(edit.title);
    if (edit.abstract !== undefined) checked.abstract = cleanText(edit.abstract);
    if (edit.codeUrl !== undefined) checked.codeUrl = cleanText(edit.codeUrl);
    if (edit.entryType !== undefined) checked.entryType = checkEntryType(edit.entryType);
    if (edit.year !== undefined) checked.year = checkYear(edit.year);
    if (edit.month !== undefined) checked.month = checkMonth(edit.month);
    if (edit.day !== undefined) checked.day = checkDay(edit.day);
    if (edit.creators !== undefined) checked.creators = checkCreators(edit.creators);
    if (edit.extraFields !== undefined) checked.extraFields = checkExtraFields(edit.extraFields);
    for (const field of RECORD_FIELDS) {
      const value = edit[field];
      if (value !== undefined) checked[field] = field === 'doi' ? checkDoi(value) : cleanText(value);
    }
    return checked;
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new ShelfmarkError('invalid_argument', error.message);
    throw error;
  }
}

function dateCheck(record: Pick<BibRecord, 'year' | 'month' | 'day'>): void {
  try {
    checkDate(record.year, record.month, record.day);
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new ShelfmarkError('invalid_argument', error.message);
    throw error;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the label calls each change: "year", "authors", "type"... */
function changeNames(before: Editable, after: CheckedEdit): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (same(before[key as keyof Editable], value)) continue;
    if (key === 'creators') {
      const roles = new Set(
        [...before.creators, ...(value as BibRecord['creators'])].map((creator) => creator.role),
      );
      const changed = [...roles].filter(
        (role) =>
          !same(
            before.creators.filter((creator) => creator.role === role),
            (value as BibRecord['creators']).filter((creator) => creator.role === role),
          ),
      );
      names.push(...changed.map((role) => `${role}s`));
    } else names.push(key === 'entryType' ? 'type' : key === 'extraFields' ? 'extra fields' : key);
  }
  return names;
}

function editableOf(paper: Paper): Editable {
  const { title, abstract, codeUrl, entryType, creators, year, month, day, extraFields } = paper;
  const fields = Object.fromEntries(RECORD_FIELDS.map((field) => [field, paper[field]]));
  return {
    title,
    abstract,
    codeUrl,
    entryType,
    creators,
    year,
    month,
    day,
    extraFields,
    ...fields,
  } as Editable;
}

/**
 * Changes a paper's record (type, title, creators, date, any field) as one undoable step.
 * Everything is checked first; on a problem nothing changes. The citation key stays as it is.
 */
export function editPaper(db: LibraryDb, id: number, edit: PaperEdit, now = new Date()): Paper {
  const checked = checkEdit(edit);
  let label = 'Edit paper';
  recordOperation(
    db,
    () => label,
    () => {
      requirePapers(db, [id]);
      const before = getPaper(db, id) as Paper;
      const after: Editable = { ...editableOf(before), ...checked };
      dateCheck(after);
      const changed = changeNames(editableOf(before), checked);
      if (changed.length === 0) return;
      label = `Edit ${before.citekey}: ${changed.join(', ')}`;
      const columns = {
        ...recordColumns(after),
        title: after.title,
        abstract: after.abstract,
        code_url: after.codeUrl,
      };
      db.prepare(
        `UPDATE papers SET ${Object.keys(columns)
          .map((column) => `${column} = @${column}`)
          .join(', ')}, title_key = @title_key, updated_at = @updated_at WHERE id = @id`,
      ).run({ ...columns, title_key: normalizeTitle(after.title), updated_at: now.toISOString(), id });
      const parts = recordPartsWriter(db);
      if (!same(before.creators, after.creators)) parts.setCreators(id, after.creators);
      if (!same(before.extraFields, after.extraFields)) parts.setExtraFields(id, after.extraFields);
      // A lookup never overwrites what a person typed.
      markEditedByHand(db, id, Object.keys(checked), now);
    },
  );
  return getPaper(db, id) as Paper;
}

/**
 * A paper typed by hand: a title at least, and whatever else of the record is known. It goes to
 * the bottom of Unread with a key made from its record (provisional without authors or a year).
 */
export function addPaper(db: LibraryDb, title: string, edit: PaperEdit = {}, now = new Date()): Paper {
  const checked = checkEdit({ ...edit, title });
  const record: BibRecord = { ...emptyRecord(), ...checked };
  dateCheck(record);
  const paperTitle = checked.title ?? title;
  const id = recordOperation(
    db,
    `Add "${paperTitle.length > 60 ? `${paperTitle.slice(0, 57)}...` : paperTitle}"`,
    () => {
      return insertNewPaper(
        db,
        { title: paperTitle, abstract: checked.abstract ?? null, codeUrl: checked.codeUrl ?? null, record },
        null,
        now.toISOString(),
      );
    },
  );
  return getPaper(db, id) as Paper;
}
