import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import { commitImport, previewImport } from '../../main/library/importText';
import { ShelfmarkError } from '../../main/library/ShelfmarkError';
import {
  bibtexText,
  cslJsonText,
  mutated,
  randomBytes,
  risText,
  shelfmarkJsonText,
  trendingText,
} from '../fixtures/fuzzInputs';
import { readSample } from '../fixtures/samples';
import { useTempLibrary } from '../fixtures/tempLibrary';

/**
 * Every import path, fed generated and mangled input: no exception but a ShelfmarkError (a
 * clear refusal) ever escapes, and the commit does exactly what the preview promised: as
 * many papers added as it said would be new, or, when it refused, the same refusal and
 * nothing written. FUZZ_SEED=<n> replays a run; fast-check prints the seed of a failure.
 */
const tempLibrary = useTempLibrary();
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

type Outcome = { added: number } | { refused: string };

async function outcome(run: () => Promise<number>): Promise<Outcome> {
  try {
    return { added: await run() };
  } catch (error) {
    if (error instanceof ShelfmarkError) return { refused: `${error.code}: ${error.message}` };
    throw error;
  }
}

function counts(db: LibraryDb) {
  return {
    papers: db.prepare('SELECT count(*) FROM papers').pluck().get() as number,
    imports: db.prepare('SELECT count(*) FROM imports').pluck().get() as number,
  };
}

async function previewAgreesWithCommit(db: LibraryDb, text: string): Promise<void> {
  const before = counts(db);
  const promised = await outcome(async () => (await previewImport(db, text)).newCount);
  expect(counts(db)).toEqual(before);
  const committed = await outcome(async () => (await commitImport(db, text)).added);
  expect(committed).toEqual(promised);
  const added = 'added' in committed ? committed.added : 0;
  expect(counts(db)).toEqual({
    papers: before.papers + added,
    imports: before.imports + ('added' in committed ? 1 : 0),
  });
}

function fuzz(name: string, input: fc.Arbitrary<string>, numRuns: number) {
  it(`${name}: ${numRuns} cases, preview and commit agree, no uncaught error`, async () => {
    // One library per path: later cases meet earlier papers as duplicates, as a person would.
    const { db } = tempLibrary();
    await fc.assert(
      fc.asyncProperty(input, (text) => previewAgreesWithCommit(db, text)),
      { numRuns, seed },
    );
  }, 60_000);
}

describe('import fuzzing', () => {
  fuzz('trending pages', trendingText, 1000);
  fuzz('BibTeX', bibtexText, 300);
  fuzz('Shelfmark JSON', shelfmarkJsonText, 600);
  fuzz('CSL-JSON', cslJsonText, 500);
  fuzz('RIS', risText, 500);
  fuzz('random bytes', randomBytes, 1500);
});

const trendingSample = readSample('trending-papers.txt');
const thesisSample = readSample('real-thesis.bib');

describe.skipIf(trendingSample === null)('import fuzzing on the shared trending sample', () => {
  fuzz('mutations of trending-papers.txt', mutated(trendingSample ?? ''), 20);
});

describe.skipIf(thesisSample === null)('import fuzzing on the shared thesis .bib', () => {
  fuzz('mutations of real-thesis.bib', mutated(thesisSample ?? ''), 6);
});
