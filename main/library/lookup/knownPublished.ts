import type { Paper } from '../../../preload/api';
import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import type { PublishedVersion, SourceName } from '../../lookup/candidate';
import { findCandidates, type LookupContext } from '../../lookup/findCandidates';
import { decideMatch, type PaperFacts } from '../../lookup/match/decideMatch';
import { cacheAgeLimitMs } from '../../lookup/transport/cacheAge';
import type { ResponseCache } from '../../lookup/transport/responseCache';
import { requestKey } from '../../lookup/transport/sendRequest';
import { requirePapers } from '../paperRefs';
import { ShelfmarkError } from '../ShelfmarkError';
import { applyPublishedVersion, type AppliedLookup } from './applyLookup';
import { paperFacts } from './lookupPapers';

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

interface PublishedMatch {
  published: PublishedVersion;
  source: SourceName;
  score: number;
}

async function confidentPublished(facts: PaperFacts, cached: LookupContext): Promise<PublishedMatch | null> {
  let found;
  try {
    found = await findCandidates(facts, cached);
  } catch (error) {
    if (error instanceof ShelfmarkError) return null;
    throw error;
  }
  const decision = decideMatch(facts, found.candidates);
  if (decision.outcome !== 'auto' || !decision.best || !decision.published) return null;
  return {
    published: decision.published,
    source: decision.best.candidate.source,
    score: decision.best.score,
  };
}

/**
 * What the kept answers say: asked as a lookup would ask now (by the paper's ids), else by its
 * title alone, as it was asked before a lookup filled its arXiv id or DOI in.
 */
async function keptMatch(paper: Paper, cached: LookupContext): Promise<PublishedMatch | null> {
  if (!cached.settings.enabled) return null;
  const facts = paperFacts(paper);
  const byIds = await confidentPublished(facts, cached);
  if (byIds || (facts.arxivId === null && facts.doi === null)) return byIds;
  return confidentPublished({ ...facts, arxivId: null, doi: null }, cached);
}

function paperOf(db: LibraryDb, id: number): Paper {
  requirePapers(db, [id]);
  const paper = getPaper(db, id);
  if (!paper) throw new ShelfmarkError('not_found', `There is no paper ${id}.`);
  return paper;
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
  const paper = paperOf(db, id);
  const match = await keptMatch(paper, cached);
  return match && !isAlready(paper, match.published) ? match.published : null;
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
  const paper = paperOf(db, id);
  if (!cached.settings.enabled)
    throw new ShelfmarkError(
      'not_available',
      'Lookups are turned off in the lookup settings; the published version was not used.',
    );
  const match = await keptMatch(paper, cached);
  if (!match)
    throw new ShelfmarkError(
      'not_found',
      `No published version of ${paper.citekey} is known yet: look the paper up first.`,
    );
  if (isAlready(paper, match.published))
    throw new ShelfmarkError('invalid_argument', `${paper.citekey} is already the published version.`);
  return applyPublishedVersion(db, id, match.published, match.source, match.score);
}
