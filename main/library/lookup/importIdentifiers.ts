import type {
  IdentifierPreview,
  IdentifierPreviewEntry,
  ImportResult,
  PaperStatus,
} from '../../../preload/api';
import { insertImport } from '../../db/importQueries';
import type { LibraryDb } from '../../db/openLibrary';
import { getPaper } from '../../db/paperQueries';
import { normalizeTitle } from '../../import/normalizeText';
import { SOURCE_LABELS, type Candidate } from '../../lookup/candidate';
import { findByIdentifier } from '../../lookup/findByIdentifier';
import { fetchArxivBatch, type LookupContext } from '../../lookup/findCandidates';
import { readIdentifierList, type IdentifierLine } from '../../lookup/identifierList';
import type { PaperIdentifier } from '../../lookup/identifiers';
import { merged } from '../../lookup/match/decideMatch';
import { authorNames, venueOf } from '../../record/record';
import { plural } from '../paperRefs';
import { unreadEdge } from '../queues';
import { ShelfmarkError } from '../ShelfmarkError';
import { recordOperation } from '../undo';
import { existingPaper, insertCandidate, namedIds, recordOf } from './addByIdentifier';

/** Each identifier is asked at one to three services, some one request every few seconds: a paste is capped. */
export const MAX_IDENTIFIERS = 200;

interface Resolved {
  entry: IdentifierPreviewEntry;
  candidate: Candidate | null;
}

function keyOf(id: PaperIdentifier): string {
  switch (id.kind) {
    case 'arxiv':
      return `arxiv:${id.arxivId}`;
    case 'doi':
      return `doi:${id.doi}`;
    case 's2':
      return `s2:${id.paperId}`;
    case 'openreview':
      return `openreview:${id.noteId}`;
  }
}

function foundOf(candidate: Candidate): NonNullable<IdentifierPreviewEntry['found']> {
  const record = recordOf(candidate);
  return {
    title: candidate.title,
    authors: authorNames(record),
    year: candidate.year,
    venue: venueOf(record),
    arxivId: candidate.arxivId,
    doi: candidate.doi,
    source: SOURCE_LABELS[candidate.source],
  };
}

/** The text as a list of identifiers, or a clear refusal; and, with lookups off, a refusal before anything is sent. */
function readList(text: string, context: LookupContext): IdentifierLine[] {
  const lines = readIdentifierList(text);
  if (!lines) {
    throw new ShelfmarkError(
      'invalid_argument',
      'This is not a list of identifiers (one arXiv id, DOI or paper URL per line); nothing was looked up.',
    );
  }
  if (lines.length > MAX_IDENTIFIERS) {
    throw new ShelfmarkError(
      'invalid_argument',
      `This list has ${lines.length} identifiers; Shelfmark looks up at most ${MAX_IDENTIFIERS} at a time. Nothing was looked up.`,
    );
  }
  if (!context.settings.enabled) {
    throw new ShelfmarkError(
      'not_available',
      'Lookups are turned off in the settings, so these identifiers cannot be looked up; nothing was sent. Turn lookups on to add papers by identifier.',
    );
  }
  return lines;
}

/** No source answered at all: the network is down, so the lines after it are not asked either. */
function isUnreachable(error: ShelfmarkError): boolean {
  return /could not be reached|No source could be asked/.test(error.message);
}

/**
 * Looks every line up, in order: a line the library or an earlier line already has is a
 * duplicate (asked nothing when its arXiv id or DOI is already there), a line that cannot be
 * looked up says why. arXiv is asked for all the arXiv ids in one batch first.
 */
async function resolveAll(db: LibraryDb, text: string, context: LookupContext): Promise<Resolved[]> {
  const lines = readList(text, context);
  const arxivIds = lines.flatMap((line) =>
    line.id?.kind === 'arxiv' && existingPaper(db, namedIds(line.id), null) === null ? [line.id.arxivId] : [],
  );
  const arxivEntries = await fetchArxivBatch(arxivIds, context);
  const seenIds = new Map<string, string>();
  const seenPapers = new Map<string, string>();
  let offline: string | null = null;
  const resolved: Resolved[] = [];
  for (const line of lines) {
    const base = {
      line: line.line,
      input: line.input,
      kind: line.id?.kind ?? null,
    };
    const entry = (
      outcome: IdentifierPreviewEntry['outcome'],
      message: string | null,
      candidate: Candidate | null = null,
      duplicateOf: IdentifierPreviewEntry['duplicateOf'] = null,
    ): Resolved => ({
      entry: { ...base, outcome, message, found: candidate ? foundOf(candidate) : null, duplicateOf },
      candidate,
    });
    const { id } = line;
    if (!id) {
      resolved.push(entry('invalid', 'Not an arXiv id, a DOI, or a paper URL Shelfmark can look up.'));
      continue;
    }
    const earlier = seenIds.get(keyOf(id));
    if (earlier !== undefined) {
      resolved.push(
        entry('duplicate', `Repeats line ${earlier}.`, null, { id: null, title: line.input, kind: 'paste' }),
      );
      continue;
    }
    seenIds.set(keyOf(id), String(line.line));
    const known = existingPaper(db, namedIds(id), null);
    if (known !== null) {
      const paper = getPaper(db, known);
      resolved.push(
        entry('duplicate', `Already in the library as ${paper?.citekey}.`, null, {
          id: known,
          title: paper?.title ?? '',
          kind: 'library',
        }),
      );
      continue;
    }
    if (offline !== null) {
      resolved.push(entry('failed', `Not looked up: ${offline}`));
      continue;
    }
    let candidates: Candidate[];
    try {
      candidates = (await findByIdentifier(id, context, arxivEntries ? { arxivEntries } : {})).candidates;
    } catch (error) {
      if (!(error instanceof ShelfmarkError)) throw error;
      if (isUnreachable(error)) offline = error.message;
      resolved.push(entry('failed', error.message));
      continue;
    }
    const [best, ...others] = candidates;
    if (!best) {
      resolved.push(entry('not_found', `No source knows ${line.input}.`));
      continue;
    }
    const candidate = merged(best, others);
    const inLibrary = existingPaper(db, candidate, candidate.title);
    if (inLibrary !== null) {
      const paper = getPaper(db, inLibrary);
      resolved.push(
        entry('duplicate', `Already in the library as ${paper?.citekey}.`, candidate, {
          id: inLibrary,
          title: paper?.title ?? '',
          kind: 'library',
        }),
      );
      continue;
    }
    const paperKeys = [
      `title:${normalizeTitle(candidate.title)}`,
      ...(candidate.arxivId ? [`arxiv:${candidate.arxivId}`] : []),
      ...(candidate.doi ? [`doi:${candidate.doi}`] : []),
    ];
    const sameAs = paperKeys.map((key) => seenPapers.get(key)).find((line) => line !== undefined);
    if (sameAs !== undefined) {
      resolved.push(
        entry('duplicate', `The same paper as line ${sameAs}.`, candidate, {
          id: null,
          title: candidate.title,
          kind: 'paste',
        }),
      );
      continue;
    }
    for (const key of paperKeys) seenPapers.set(key, String(line.line));
    resolved.push(entry('new', null, candidate));
  }
  return resolved;
}

function summary(resolved: readonly Resolved[]): IdentifierPreview {
  const entries = resolved.map((item) => item.entry);
  const count = (...outcomes: IdentifierPreviewEntry['outcome'][]) =>
    entries.filter((entry) => outcomes.includes(entry.outcome)).length;
  return {
    entries,
    newCount: count('new'),
    duplicateCount: count('duplicate'),
    failedCount: count('not_found', 'failed', 'invalid'),
  };
}

/** What importing this list would add: every identifier looked up (lookups on), nothing written. */
export async function previewIdentifierImport(
  db: LibraryDb,
  text: string,
  context: LookupContext,
): Promise<IdentifierPreview> {
  return summary(await resolveAll(db, text, context));
}

export interface IdentifierCommitOptions {
  placement?: 'top' | 'bottom';
  status?: PaperStatus;
  sourceName?: string | null;
  now?: Date;
}

/**
 * Adds the papers the preview showed as new, in one transaction and one undo step. The lookups
 * are the preview's, from the cache; a line that failed then is asked again.
 */
export async function commitIdentifierImport(
  db: LibraryDb,
  text: string,
  context: LookupContext,
  options: IdentifierCommitOptions = {},
): Promise<ImportResult> {
  const resolved = await resolveAll(db, text, context);
  const { duplicateCount } = summary(resolved);
  const fresh = resolved.flatMap((item) =>
    item.entry.outcome === 'new' && item.candidate ? [item.candidate] : [],
  );
  const errors = resolved.flatMap(({ entry }) =>
    ['not_found', 'failed', 'invalid'].includes(entry.outcome)
      ? [`Line ${entry.line}: ${entry.message}`]
      : [],
  );
  if (fresh.length === 0)
    return { added: 0, duplicates: duplicateCount, errors, warnings: [], importId: null };
  const at = (options.now ?? new Date()).toISOString();
  const status = options.status ?? 'unread';
  return recordOperation(db, `Import ${plural(fresh.length, 'paper')}`, (): ImportResult => {
    const importId = insertImport(db, {
      sourceName: options.sourceName ?? null,
      format: 'identifiers',
      importedAt: at,
      addedCount: fresh.length,
      duplicateCount,
    });
    let position =
      options.placement === 'top' ? unreadEdge(db, 'top') - fresh.length + 1 : unreadEdge(db, 'bottom');
    for (const candidate of fresh) {
      insertCandidate(db, candidate, importId, at, { status, position });
      position += 1;
    }
    return { added: fresh.length, duplicates: duplicateCount, errors, warnings: [], importId };
  });
}
