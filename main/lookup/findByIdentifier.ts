import { ShelfmarkError } from '../library/ShelfmarkError';
import { SOURCE_LABELS, SourceResponseError, type Candidate, type SourceName } from './candidate';
import { findCandidates, type FindOptions, type LookupContext } from './findCandidates';
import type { PaperIdentifier } from './identifiers';
import { openReviewNoteRequest, parseOpenReviewResponse } from './sources/openReview';
import { parseS2Response, s2IdRequest } from './sources/semanticScholar';

export interface IdentifierCandidates {
  /** The candidates that carry the identifier itself, the one that knows it best first. */
  candidates: Candidate[];
  /** Sources that could not be asked or read; the others still answered. */
  problems: string[];
}

/** Sources asked for one kind of identifier only; turned off, the identifier cannot be looked up. */
function assertOn(context: LookupContext, source: SourceName, what: string): void {
  if (!context.settings.enabled)
    throw new ShelfmarkError('not_available', 'Lookups are turned off in the settings; nothing was sent.');
  if (!context.settings.sources.includes(source)) {
    throw new ShelfmarkError(
      'not_available',
      `${SOURCE_LABELS[source]} is turned off in the settings, and only it knows ${what}; nothing was sent.`,
    );
  }
}

/** One source asked directly (a Semantic Scholar paper id, an OpenReview note), its failure said in a sentence. */
async function askOne(
  context: LookupContext,
  request: Parameters<LookupContext['send']>[0],
  parse: (status: number, body: string) => Candidate[],
): Promise<Candidate[]> {
  const response = await context.send(request);
  try {
    return parse(response.status, response.body);
  } catch (error) {
    if (error instanceof SourceResponseError)
      throw new ShelfmarkError('not_available', `${SOURCE_LABELS[error.source]}: ${error.message}`);
    throw error;
  }
}

/**
 * Looks a pasted identifier up where it can be: an arXiv id or DOI at every source turned on, a
 * Semantic Scholar paper id at Semantic Scholar, an OpenReview forum at OpenReview. Throws a
 * ShelfmarkError (lookups off, the source off, nothing reachable) with a clear message.
 */
export async function findByIdentifier(
  id: PaperIdentifier,
  context: LookupContext,
  options: FindOptions = {},
): Promise<IdentifierCandidates> {
  if (id.kind === 's2') {
    assertOn(context, 'semanticScholar', 'Semantic Scholar paper URLs');
    const request = s2IdRequest(
      context.origins.semanticScholar,
      { paperId: id.paperId },
      context.settings.s2ApiKey,
    );
    return { candidates: await askOne(context, request, parseS2Response), problems: [] };
  }
  if (id.kind === 'openreview') {
    assertOn(context, 'openReview', 'OpenReview forums');
    const request = openReviewNoteRequest(context.origins.openReview, id.noteId);
    const found = await askOne(context, request, (status, body) => parseOpenReviewResponse(status, body));
    return { candidates: found.filter((candidate) => candidate.sourceId === id.noteId), problems: [] };
  }
  const query = {
    title: null,
    arxivId: id.kind === 'arxiv' ? id.arxivId : null,
    doi: id.kind === 'doi' ? id.doi : null,
  };
  const found = await findCandidates(query, context, options);
  const own = found.candidates.filter((candidate) =>
    id.kind === 'arxiv' ? candidate.arxivId === id.arxivId : candidate.doi === id.doi,
  );
  const first = id.kind === 'arxiv' ? 'arxiv' : 'crossref';
  return {
    candidates: [...own.filter((c) => c.source === first), ...own.filter((c) => c.source !== first)],
    problems: found.problems,
  };
}
