import type { Creator, Paper, RecordField } from '../../../preload/api';
import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import { FIELD_COLUMNS } from '../../db/paperRows';
import { recordPartsWriter } from '../../db/recordQueries';
import type { Candidate, PublishedVersion, SourceName } from '../../lookup/candidate';
import { requirePapers } from '../paperRefs';
import { recordOperation } from '../undo';
import {
  fieldChanges,
  proposedValues,
  publishedValues,
  type FieldChange,
  type FieldValue,
  type LookupField,
} from './fieldChanges';
import { fieldOrigins, recordLookupOrigin } from './fieldOrigins';

export interface AppliedLookup {
  paper: Paper;
  /** The fields written, in LOOKUP_FIELDS order. */
  written: LookupField[];
  /** What differed but was left as the person has it. */
  kept: FieldChange[];
}

const LABELS: Partial<Record<LookupField, string>> = {
  entryType: 'type',
  archivePrefix: 'eprint',
  primaryClass: 'eprint',
};

function column(field: Exclude<LookupField, 'authors'>): string {
  if (field === 'year' || field === 'month' || field === 'abstract') return field;
  if (field === 'entryType') return 'entry_type';
  return FIELD_COLUMNS[field as RecordField];
}

/** Writes the chosen changes and their provenance; runs inside the caller's operation. */
function writeChanges(
  db: LibraryDb,
  paper: Paper,
  changes: readonly FieldChange[],
  source: SourceName,
  score: number,
  at: string,
): void {
  const scalar = changes.filter((change) => change.field !== 'authors');
  if (scalar.length > 0) {
    const sets = scalar.map((change) => `${column(change.field as Exclude<LookupField, 'authors'>)} = ?`);
    db.prepare(`UPDATE papers SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...scalar.map((change) => change.proposed as string | number | null),
      at,
      paper.id,
    );
  }
  const authors = changes.find((change) => change.field === 'authors');
  if (authors) {
    const others = paper.creators.filter((creator) => creator.role !== 'author');
    const next = (authors.proposed as Creator[]).map((creator) => ({ ...creator, role: 'author' as const }));
    recordPartsWriter(db).setCreators(paper.id, [...next, ...others]);
    if (scalar.length === 0) db.prepare('UPDATE papers SET updated_at = ? WHERE id = ?').run(at, paper.id);
  }
  for (const change of changes)
    recordLookupOrigin(db, paper.id, change.field, change.proposed, source, score, at);
}

/** How many papers the operation being recorded has changed so far (a job's several lookups). */
function papersInCurrentOperation(db: LibraryDb): number {
  return db
    .prepare(
      `SELECT count(DISTINCT json_extract(coalesce(new_row, old_row), '$.id')) FROM operation_changes
       WHERE table_name = 'papers' AND operation_id = (SELECT operation_id FROM undo_recording)`,
    )
    .pluck()
    .get() as number;
}

function labelOf(paper: Paper, verb: string, written: readonly LookupField[]): string {
  const names = [...new Set(written.map((field) => LABELS[field] ?? field))];
  return `${verb} ${paper.citekey}: ${names.join(', ')}`;
}

/**
 * Fills a paper from a matched candidate as one undoable change. Without `fields` (an automatic
 * match), only empty fields and fields an earlier lookup wrote are written; the person's values
 * are kept. With `fields` (the person accepted them in review), exactly those are written.
 * The citation key never changes.
 */
export function applyCandidate(
  db: LibraryDb,
  paperId: number,
  candidate: Candidate,
  score: number,
  options: {
    fields?: readonly LookupField[];
    now?: Date;
    alsoRun?: () => void;
    /** A lookup job's key: the papers it fills are one undo step, while nothing else happens between. */
    job?: string;
  } = {},
): AppliedLookup {
  requirePapers(db, [paperId]);
  const at = (options.now ?? new Date()).toISOString();
  let written: LookupField[] = [];
  let kept: FieldChange[] = [];
  recordOperation(
    db,
    () => {
      const papers = options.job ? papersInCurrentOperation(db) : 1;
      return papers > 1
        ? `Look up ${papers} papers`
        : labelOf(getPaper(db, paperId) as Paper, 'Look up', written);
    },
    () => {
      const paper = getPaper(db, paperId) as Paper;
      const changes = fieldChanges(paper, proposedValues(candidate), fieldOrigins(db, paperId));
      const chosen = options.fields
        ? changes.filter((change) => options.fields?.includes(change.field))
        : changes.filter((change) => change.kind !== 'conflict');
      kept = changes.filter((change) => !chosen.includes(change));
      written = chosen.map((change) => change.field);
      writeChanges(db, paper, chosen, candidate.source, score, at);
      options.alsoRun?.();
    },
    options.job
      ? { now: new Date(at), coalesceKey: options.job, coalesceWithinMs: Infinity }
      : { now: new Date(at) },
  );
  return { paper: getPaper(db, paperId) as Paper, written, kept };
}

/**
 * Turns a preprint into its published version (type, venue, DOI, year, volume, pages) as one
 * undoable change. The arXiv id stays as eprint; fields the person edited by hand stay as they are.
 */
export function applyPublishedVersion(
  db: LibraryDb,
  paperId: number,
  published: PublishedVersion,
  source: SourceName,
  score: number,
  now = new Date(),
): AppliedLookup {
  requirePapers(db, [paperId]);
  const at = now.toISOString();
  let written: LookupField[] = [];
  let kept: FieldChange[] = [];
  recordOperation(
    db,
    () => labelOf(getPaper(db, paperId) as Paper, 'Published version of', written),
    () => {
      const paper = getPaper(db, paperId) as Paper;
      const origins = fieldOrigins(db, paperId);
      const changes = fieldChanges(paper, publishedValues(published), origins);
      const chosen = changes.filter((change) => origins.get(change.field)?.origin !== 'hand');
      kept = changes.filter((change) => !chosen.includes(change));
      written = chosen.map((change) => change.field);
      writeChanges(db, paper, chosen, source, score, at);
    },
    { now },
  );
  return { paper: getPaper(db, paperId) as Paper, written, kept };
}

export type { FieldValue };
