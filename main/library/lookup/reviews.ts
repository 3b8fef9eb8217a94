import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import type { Candidate } from '../../lookup/candidate';
import type { Judgement } from '../../lookup/match/decideMatch';
import { ShelfmarkError } from '../ShelfmarkError';
import { recordOperation } from '../undo';
import { applyCandidate, type AppliedLookup } from './applyLookup';
import { fieldChanges, proposedValues, type FieldChange, type LookupField } from './fieldChanges';
import { fieldOrigins } from './fieldOrigins';

export interface PendingReview {
  id: number;
  paperId: number;
  citekey: string;
  title: string;
  candidate: Candidate;
  score: number;
  reasons: string[];
  /** Field by field, what accepting would change. */
  changes: FieldChange[];
}

/** Keeps a match that needs a person's look; the same candidate for the same paper is kept once. */
export function queueReview(db: LibraryDb, paperId: number, judgement: Judgement, now = new Date()): void {
  db.prepare(
    `INSERT INTO lookup_reviews (paper_id, candidate, score, reasons, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (paper_id, candidate) DO NOTHING`,
  ).run(
    paperId,
    JSON.stringify(judgement.candidate),
    judgement.score,
    JSON.stringify(judgement.reasons),
    now.toISOString(),
  );
}

export function listReviews(db: LibraryDb): PendingReview[] {
  const rows = db
    .prepare('SELECT id, paper_id AS paperId, candidate, score, reasons FROM lookup_reviews ORDER BY id')
    .all() as { id: number; paperId: number; candidate: string; score: number; reasons: string }[];
  return rows.flatMap((row) => {
    const paper = getPaper(db, row.paperId);
    if (!paper) return [];
    const candidate = JSON.parse(row.candidate) as Candidate;
    return [
      {
        id: row.id,
        paperId: row.paperId,
        citekey: paper.citekey,
        title: paper.title,
        candidate,
        score: row.score,
        reasons: JSON.parse(row.reasons) as string[],
        changes: fieldChanges(paper, proposedValues(candidate), fieldOrigins(db, paper.id)),
      },
    ];
  });
}

function reviewRow(db: LibraryDb, id: number): { paperId: number; candidate: Candidate; score: number } {
  const row = db
    .prepare('SELECT paper_id AS paperId, candidate, score FROM lookup_reviews WHERE id = ?')
    .get(id) as { paperId: number; candidate: string; score: number } | undefined;
  if (!row) throw new ShelfmarkError('not_found', `There is no match ${id} waiting for review.`);
  return { ...row, candidate: JSON.parse(row.candidate) as Candidate };
}

/**
 * Accepts a reviewed match: the fields the person chose (all that differ, when none are named),
 * and the paper's other pending matches are dropped, in one undoable change.
 */
export function acceptReview(
  db: LibraryDb,
  id: number,
  fields?: readonly LookupField[],
  now = new Date(),
): AppliedLookup {
  const review = reviewRow(db, id);
  const paper = getPaper(db, review.paperId);
  const chosen =
    fields ??
    (paper
      ? fieldChanges(paper, proposedValues(review.candidate), fieldOrigins(db, paper.id)).map(
          (change) => change.field,
        )
      : []);
  return applyCandidate(db, review.paperId, review.candidate, review.score, {
    fields: chosen,
    now,
    alsoRun: () => db.prepare('DELETE FROM lookup_reviews WHERE paper_id = ?').run(review.paperId),
  });
}

/** Rejects a reviewed match; undo brings it back. */
export function rejectReview(db: LibraryDb, id: number): void {
  const review = reviewRow(db, id);
  const paper = getPaper(db, review.paperId);
  recordOperation(db, `Reject the match for ${paper?.citekey ?? 'a paper'}`, () => {
    db.prepare('DELETE FROM lookup_reviews WHERE id = ?').run(id);
  });
}
