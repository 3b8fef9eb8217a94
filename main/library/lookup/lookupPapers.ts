import type { Paper } from '../../../preload/api';
import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import type { PublishedVersion, SourceName } from '../../lookup/candidate';
import { fetchArxivBatch, findCandidates, type LookupContext } from '../../lookup/findCandidates';
import { decideMatch, type MatchOutcome, type PaperFacts } from '../../lookup/match/decideMatch';
import { requirePapers } from '../paperRefs';
import { ShelfmarkError } from '../ShelfmarkError';
import { applyCandidate } from './applyLookup';
import type { LookupField } from './fieldChanges';
import { queueReview } from './reviews';

export interface PaperLookupResult {
  paperId: number;
  citekey: string;
  /** failed: no source could be asked for this paper; the reason is in `reasons`. */
  outcome: MatchOutcome | 'failed';
  reasons: string[];
  /** The fields filled (an automatic match applied). */
  applied: LookupField[];
  source: SourceName | null;
  score: number | null;
  /** A published version of a preprint, offered, never applied by itself. */
  published: PublishedVersion | null;
  /** Sources that could not be asked, while others answered. */
  problems: string[];
}

export function paperFacts(paper: Paper): PaperFacts {
  return {
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.creators
      .filter((creator) => creator.role === 'author')
      .flatMap((creator) => {
        const name = creator.family ?? creator.literal;
        return name ? [name] : [];
      }),
    year: paper.year,
    arxivId: paper.arxivId,
    doi: paper.doi,
  };
}

/** The papers `p` (with `id` and `year`) that have no author or no year: an SQL condition. */
const MISSING_DETAILS = `(p.year IS NULL
  OR NOT EXISTS (SELECT 1 FROM paper_creators c WHERE c.paper_id = p.id AND c.role = 'author'))`;

/** Papers that lack authors or a year: what `lookup --missing` fills. */
export function papersMissingDetails(db: LibraryDb): number[] {
  return db.prepare(`SELECT id FROM papers p WHERE ${MISSING_DETAILS} ORDER BY id`).pluck().all() as number[];
}

/**
 * The papers the newest import added that have no author or no year, in id order. An import's
 * papers get consecutive ids in one transaction, so they are found walking down from the newest
 * id, and the walk stops once it has seen as many as the import added: after a paste into a
 * large library this reads the page's papers, not the library.
 */
export function latestImportMissingDetails(db: LibraryDb): number[] {
  return db
    .prepare(
      `WITH latest AS (SELECT id, added_count FROM imports ORDER BY id DESC LIMIT 1),
       added AS (SELECT p.id, p.year FROM papers p WHERE p.import_id = (SELECT id FROM latest)
         ORDER BY p.id DESC LIMIT (SELECT added_count FROM latest))
       SELECT id FROM added p WHERE ${MISSING_DETAILS} ORDER BY id`,
    )
    .pluck()
    .all() as number[];
}

/**
 * Looks each paper up, one after another. A confident match is applied when `applyConfident`
 * (each as its own undoable change), else kept for review like the uncertain ones; a rejected
 * match changes nothing. Lookups turned off stop everything before anything is sent.
 */
export async function lookupPapers(
  db: LibraryDb,
  ids: readonly number[],
  context: LookupContext,
  options: {
    applyConfident: boolean;
    now?: () => Date;
    onProgress?: (done: number, total: number, result: PaperLookupResult) => void;
    /** Asked before each paper: true stops the lookup there; what was applied stays. */
    shouldStop?: () => boolean;
    /** Applies every confident match of this call as one undo step (see applyCandidate). */
    job?: string;
    /** Awaited before each write: the window's jobs wait here for a running import to end. */
    beforeWrite?: () => Promise<void>;
    /** Told of a paper deleted before its turn or while its write waited: it is left out. */
    onGone?: (paperId: number) => void;
  },
): Promise<PaperLookupResult[]> {
  requirePapers(db, ids);
  const arxivIds = ids.flatMap((id) => getPaper(db, id)?.arxivId ?? []);
  const arxivEntries = await fetchArxivBatch(arxivIds, context);
  const results: PaperLookupResult[] = [];
  for (const id of ids) {
    if (options.shouldStop?.()) break;
    const paper = getPaper(db, id);
    if (!paper) {
      options.onGone?.(id);
      continue;
    }
    const base = {
      paperId: id,
      citekey: paper.citekey,
      applied: [],
      source: null,
      score: null,
      published: null,
    };
    let found;
    try {
      found = await findCandidates(paperFacts(paper), context, arxivEntries ? { arxivEntries } : {});
    } catch (error) {
      if (!(error instanceof ShelfmarkError) || !context.settings.enabled) throw error;
      const failed: PaperLookupResult = {
        ...base,
        outcome: 'failed',
        reasons: [error.message],
        problems: [],
      };
      results.push(failed);
      options.onProgress?.(results.length, ids.length, failed);
      continue;
    }
    const decision = decideMatch(paperFacts(paper), found.candidates);
    if (decision.best && decision.outcome !== 'reject' && options.beforeWrite) {
      await options.beforeWrite();
      // The wait may have been long; a paper deleted meanwhile gets nothing. (A stop asked for
      // meanwhile still keeps this paper, as it does for any paper whose answer has come.)
      if (!getPaper(db, id)) {
        options.onGone?.(id);
        continue;
      }
    }
    const now = options.now?.() ?? new Date();
    const best = decision.best;
    let applied: LookupField[] = [];
    if (best && decision.outcome === 'auto' && options.applyConfident) {
      applied = applyCandidate(db, id, best.candidate, best.score, {
        now,
        ...(options.job ? { job: options.job } : {}),
      }).written;
    } else if (best && decision.outcome !== 'reject') {
      queueReview(db, id, best, now);
    }
    const result: PaperLookupResult = {
      ...base,
      outcome: decision.outcome,
      reasons: decision.reasons,
      applied,
      source: best?.candidate.source ?? null,
      score: best?.score ?? null,
      published: decision.published,
      problems: found.problems,
    };
    results.push(result);
    options.onProgress?.(results.length, ids.length, result);
  }
  return results;
}
