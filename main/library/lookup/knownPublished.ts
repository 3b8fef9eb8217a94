import type { Paper } from '../../../preload/api';
import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import type { PublishedVersion } from '../../lookup/candidate';
import { findCandidates, type LookupContext } from '../../lookup/findCandidates';
import { decideMatch } from '../../lookup/match/decideMatch';
import { cacheAgeLimitMs } from '../../lookup/transport/cacheAge';
import type { ResponseCache } from '../../lookup/transport/responseCache';
import { requestKey } from '../../lookup/transport/sendRequest';
import { requirePapers } from '../paperRefs';
import { ShelfmarkError } from '../ShelfmarkError';
import type { AppliedLookup } from './applyLookup';
import { paperFacts } from './lookupPapers';
import { turnIntoPublished } from './turnIntoPublished';

/**
 * A context that answers only from the answers kept in the library: what earlier lookups found.
 * A request never made is refused, so nothing is ever sent.
 */
export function cachedOnly(
  context: Pick<LookupContext, 'settings' | 'origins'>,
  cache: ResponseCache,
): LookupContext {
  return {
    get settings() {
      return context.settings;
    },
    origins: context.origins,
    send: (request) => {
      const kept = cache.get(requestKey(request), (status) => cacheAgeLimitMs(request, status));
      if (kept) return Promise.resolve(kept);
      return Promise.reject(new ShelfmarkError('not_available', 'That source was not asked yet.'));
    },
  };
}

/** The paper is already this version: same type and venue. */
function isAlready(paper: Paper, published: PublishedVersion): boolean {
  const venue = published.entryType === 'article' ? paper.journal : paper.booktitle;
  return paper.entryType === published.entryType && venue === published.venue;
}

/**
 * The published version earlier lookups found for a preprint, from the kept answers only (give
 * `cachedOnly` a context); null when none is known, when lookups are off, or when the paper
 * already is that version.
 */
export async function knownPublishedVersion(
  db: LibraryDb,
  id: number,
  cached: LookupContext,
): Promise<PublishedVersion | null> {
  requirePapers(db, [id]);
  const paper = getPaper(db, id);
  if (!paper || !cached.settings.enabled) return null;
  const facts = paperFacts(paper);
  let found;
  try {
    found = await findCandidates(facts, cached);
  } catch (error) {
    if (error instanceof ShelfmarkError) return null;
    throw error;
  }
  const decision = decideMatch(facts, found.candidates);
  if (decision.outcome !== 'auto' || !decision.published) return null;
  return isAlready(paper, decision.published) ? null : decision.published;
}

/**
 * Turns the paper into the published version its kept lookups found (one undoable change, the
 * arXiv id kept as eprint). Nothing is sent: without an earlier lookup, the person is told to look it up.
 */
export async function useKnownPublishedVersion(
  db: LibraryDb,
  id: number,
  cached: LookupContext,
): Promise<AppliedLookup> {
  requirePapers(db, [id]);
  const citekey = getPaper(db, id)?.citekey ?? String(id);
  if (!cached.settings.enabled)
    throw new ShelfmarkError(
      'not_available',
      'Lookups are turned off in the lookup settings; the published version was not used.',
    );
  try {
    return await turnIntoPublished(db, id, cached);
  } catch (error) {
    if (error instanceof ShelfmarkError && error.code === 'not_available')
      throw new ShelfmarkError(
        'not_found',
        `No published version of ${citekey} is known yet: look the paper up first.`,
      );
    throw error;
  }
}
