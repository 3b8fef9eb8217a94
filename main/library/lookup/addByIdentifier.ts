import type { BibRecord, Paper } from '../../../preload/api';
import { insertImport } from '../../db/importQueries';
import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import { normalizeTitle } from '../../import/normalizeText';
import type { Candidate } from '../../lookup/candidate';
import { findByIdentifier } from '../../lookup/findByIdentifier';
import type { LookupContext } from '../../lookup/findCandidates';
import { parseIdentifier, type PaperIdentifier } from '../../lookup/identifiers';
import { merged } from '../../lookup/match/decideMatch';
import { emptyRecord } from '../../record/record';
import { ShelfmarkError } from '../ShelfmarkError';
import { insertNewPaper, type PaperPlacement } from '../insertNewPaper';
import { recordOperation } from '../undo';
import { proposedValues, type LookupField } from './fieldChanges';
import { recordLookupOrigin } from './fieldOrigins';

export interface AddResult {
  input: string;
  outcome: 'added' | 'duplicate' | 'not_found' | 'failed' | 'invalid';
  message: string;
  paper: Paper | null;
}

/** The paper the library already has with this arXiv id or DOI, or else this title; null when none. */
export function existingPaper(
  db: LibraryDb,
  ids: { arxivId: string | null; doi: string | null },
  title: string | null,
): number | null {
  const byArxiv =
    ids.arxivId === null
      ? undefined
      : db
          .prepare("SELECT id FROM papers WHERE lower(archive_prefix) = 'arxiv' AND eprint = ?")
          .pluck()
          .get(ids.arxivId);
  if (byArxiv !== undefined) return byArxiv as number;
  const byDoi =
    ids.doi === null
      ? undefined
      : db.prepare('SELECT id FROM papers WHERE lower(doi) = ?').pluck().get(ids.doi);
  if (byDoi !== undefined) return byDoi as number;
  if (title === null) return null;
  const byTitle = db.prepare('SELECT id FROM papers WHERE title_key = ?').pluck().get(normalizeTitle(title));
  return (byTitle as number | undefined) ?? null;
}

/** The arXiv id or DOI an identifier names by itself (a Semantic Scholar or OpenReview id names neither). */
export function namedIds(id: PaperIdentifier): { arxivId: string | null; doi: string | null } {
  return { arxivId: id.kind === 'arxiv' ? id.arxivId : null, doi: id.kind === 'doi' ? id.doi : null };
}

export function recordOf(candidate: Candidate): BibRecord {
  return {
    ...emptyRecord(),
    ...candidate.fields,
    entryType: candidate.entryType,
    creators: candidate.creators,
    year: candidate.year,
    month: candidate.year !== null ? candidate.month : null,
  };
}

/** Writes one looked-up paper and where each field came from; runs inside the caller's operation. */
export function insertCandidate(
  db: LibraryDb,
  candidate: Candidate,
  importId: number | null,
  at: string,
  placement: PaperPlacement = {},
): number {
  const id = insertNewPaper(
    db,
    { title: candidate.title, abstract: candidate.abstract, codeUrl: null, record: recordOf(candidate) },
    importId,
    at,
    placement,
  );
  const values = proposedValues(candidate);
  for (const [field, value] of Object.entries(values))
    recordLookupOrigin(db, id, field as LookupField, value, candidate.source, 1, at);
  return id;
}

function insertFromCandidate(db: LibraryDb, input: string, candidate: Candidate, now: Date): number {
  const at = now.toISOString();
  return recordOperation(db, `Add "${candidate.title.slice(0, 60)}"`, () => {
    const importId = insertImport(db, {
      sourceName: input,
      format: 'lookup',
      importedAt: at,
      addedCount: 1,
      duplicateCount: 0,
    });
    return insertCandidate(db, candidate, importId, at);
  });
}

/**
 * Adds papers by identifier (`shelfmark add`): each is looked up by its arXiv id or DOI, and added
 * to the bottom of Unread with what the sources know, as its own undoable change. One already in
 * the library (same identifier or title) is not added twice.
 */
export async function addByIdentifiers(
  db: LibraryDb,
  inputs: readonly string[],
  context: LookupContext,
  now: () => Date = () => new Date(),
): Promise<AddResult[]> {
  const results: AddResult[] = [];
  for (const input of inputs) {
    const id = parseIdentifier(input);
    if (!id) {
      results.push({
        input,
        outcome: 'invalid',
        message: `"${input}" is not an arXiv id, a DOI, or a paper URL Shelfmark knows.`,
        paper: null,
      });
      continue;
    }
    const known = existingPaper(db, namedIds(id), null);
    if (known !== null) {
      const paper = getPaper(db, known);
      results.push({
        input,
        outcome: 'duplicate',
        message: `Already in the library as ${paper?.citekey}.`,
        paper,
      });
      continue;
    }
    let candidates: Candidate[];
    try {
      candidates = (await findByIdentifier(id, context)).candidates;
    } catch (error) {
      if (!(error instanceof ShelfmarkError) || !context.settings.enabled) throw error;
      results.push({ input, outcome: 'failed', message: error.message, paper: null });
      continue;
    }
    const [best, ...others] = candidates;
    if (!best) {
      results.push({ input, outcome: 'not_found', message: `No source knows ${input}.`, paper: null });
      continue;
    }
    const candidate = merged(best, others);
    const sameTitle = existingPaper(db, candidate, candidate.title);
    if (sameTitle !== null) {
      const paper = getPaper(db, sameTitle);
      results.push({
        input,
        outcome: 'duplicate',
        message: `Already in the library as ${paper?.citekey}.`,
        paper,
      });
      continue;
    }
    const paperId = insertFromCandidate(db, input, candidate, now());
    const paper = getPaper(db, paperId);
    results.push({ input, outcome: 'added', message: `Added ${paper?.citekey}: ${candidate.title}`, paper });
  }
  return results;
}
