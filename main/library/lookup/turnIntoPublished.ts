import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import { findCandidates, type LookupContext } from '../../lookup/findCandidates';
import { decideMatch } from '../../lookup/match/decideMatch';
import { requirePapers } from '../paperRefs';
import { ShelfmarkError } from '../ShelfmarkError';
import { applyPublishedVersion, type AppliedLookup } from './applyLookup';
import { paperFacts } from './lookupPapers';

/**
 * Looks the paper up (from the cache when it was looked up before) and, when a confident match
 * knows its published version, turns the paper into it as one undoable change.
 */
export async function turnIntoPublished(
  db: LibraryDb,
  id: number,
  context: LookupContext,
): Promise<AppliedLookup> {
  requirePapers(db, [id]);
  const paper = getPaper(db, id);
  if (!paper) throw new ShelfmarkError('not_found', `There is no paper ${id}.`);
  const facts = paperFacts(paper);
  const found = await findCandidates(facts, context);
  const decision = decideMatch(facts, found.candidates);
  if (decision.outcome !== 'auto' || !decision.best) {
    throw new ShelfmarkError(
      'not_found',
      `${paper.citekey} could not be matched with confidence: ${decision.reasons.join(' ')}`,
    );
  }
  if (!decision.published)
    throw new ShelfmarkError('not_found', `No published version of ${paper.citekey} is known.`);
  return applyPublishedVersion(
    db,
    id,
    decision.published,
    decision.best.candidate.source,
    decision.best.score,
  );
}
