import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPaper } from '../../../main/db/paperQueries';
import { libraryCache } from '../../../main/db/lookupCache';
import type { LibraryDb } from '../../../main/db/openLibrary';
import { commitImport } from '../../../main/library/importText';
import { applyCandidate, applyPublishedVersion } from '../../../main/library/lookup/applyLookup';
import { fieldProvenance, markEditedByHand } from '../../../main/library/lookup/fieldOrigins';
import { lookupPapers, papersMissingDetails } from '../../../main/library/lookup/lookupPapers';
import { acceptReview, listReviews, rejectReview } from '../../../main/library/lookup/reviews';
import { redo, undo } from '../../../main/library/undo';
import type { Candidate } from '../../../main/lookup/candidate';
import { createLookupContext } from '../../../main/lookup/createLookupContext';
import { setLookupSettings, getLookupSettings } from '../../../main/library/lookupSettings';
import { snapshot } from '../../fixtures/seedLibrary';
import { useTempLibrary } from '../../fixtures/tempLibrary';
import { fakeClock } from '../../lookup/fakeClock';
import { startFakeServer, type FakeServer } from '../../lookup/fakeServer';

const ABSTRACT =
  'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.';

const ARXIV_CANDIDATE: Candidate = {
  source: 'arxiv',
  sourceId: '1706.03762',
  title: 'Attention Is All You Need',
  abstract: 'A different wording of the abstract that must not replace the one the paper has.',
  creators: [
    { role: 'author', family: 'Vaswani', given: 'Ashish', particle: null, suffix: null, literal: null },
    { role: 'author', family: 'Shazeer', given: 'Noam', particle: null, suffix: null, literal: null },
  ],
  year: 2017,
  month: 6,
  arxivId: '1706.03762',
  doi: null,
  entryType: 'misc',
  fields: {
    eprint: '1706.03762',
    archivePrefix: 'arXiv',
    primaryClass: 'cs.CL',
    url: 'https://arxiv.org/abs/1706.03762',
  },
  published: null,
};

async function importBib(db: LibraryDb, fields: string): Promise<number> {
  await commitImport(
    db,
    `@misc{attention, title = {Attention Is All You Need}, abstract = {${ABSTRACT}}${fields}}`,
  );
  return db.prepare("SELECT id FROM papers WHERE citekey = 'attention'").pluck().get() as number;
}

describe('applying a match', () => {
  const library = useTempLibrary();

  it('fills empty fields with provenance, keeps the key, and is one undoable change', async () => {
    const { db } = library();
    const id = await importBib(db, '');
    const before = snapshot(db);
    const applied = applyCandidate(db, id, ARXIV_CANDIDATE, 0.98, { now: new Date('2026-11-30T08:00:00Z') });
    expect(applied.written).toEqual([
      'authors',
      'year',
      'month',
      'eprint',
      'archivePrefix',
      'primaryClass',
      'url',
    ]);
    expect(applied.paper).toMatchObject({
      citekey: 'attention',
      authors: ['Vaswani, Ashish', 'Shazeer, Noam'],
      year: 2017,
      arxivId: '1706.03762',
      abstract: ABSTRACT,
    });
    expect(applied.kept.map((change) => [change.field, change.kind])).toEqual([['abstract', 'conflict']]);
    expect(fieldProvenance(db, id).find((row) => row.field === 'year')).toEqual({
      field: 'year',
      origin: 'lookup',
      source: 'arxiv',
      score: 0.98,
      at: '2026-11-30T08:00:00.000Z',
    });
    const after = snapshot(db);
    expect(undo(db)).toBe('Look up attention: authors, year, month, eprint, url');
    expect(snapshot(db)).toEqual(before);
    expect(fieldProvenance(db, id)).toEqual([]);
    redo(db);
    expect(snapshot(db)).toEqual(after);
  });

  it("never overwrites the person's values: imported, or edited by hand, even when emptied", async () => {
    const { db } = library();
    const id = await importBib(db, ', year = {2016}');
    markEditedByHand(db, id, ['month']);
    const applied = applyCandidate(db, id, ARXIV_CANDIDATE, 0.98);
    expect(applied.paper.year).toBe(2016);
    expect(applied.paper.month).toBeNull();
    expect(applied.kept.map((change) => change.field)).toEqual(['year', 'month', 'abstract']);
  });

  it('lets a later lookup replace what a lookup wrote, but not once the person has changed it', async () => {
    const { db } = library();
    const id = await importBib(db, '');
    applyCandidate(db, id, ARXIV_CANDIDATE, 0.9);
    const newer = {
      ...ARXIV_CANDIDATE,
      fields: { ...ARXIV_CANDIDATE.fields, primaryClass: 'cs.LG' },
      year: 2018,
    };
    db.prepare('UPDATE papers SET year = 2019 WHERE id = ?').run(id);
    const applied = applyCandidate(db, id, newer, 0.95);
    expect(applied.paper.primaryClass).toBe('cs.LG');
    expect(applied.paper.year).toBe(2019);
    expect(applied.kept.find((change) => change.field === 'year')?.kind).toBe('conflict');
  });

  it('turns a preprint into its published version, keeping the arXiv id as eprint and the key', async () => {
    const { db } = library();
    const id = await importBib(db, ', eprint = {1706.03762}, archiveprefix = {arXiv}');
    const applied = applyPublishedVersion(
      db,
      id,
      {
        entryType: 'inproceedings',
        venue: 'Neural Information Processing Systems',
        doi: null,
        year: 2017,
        volume: null,
        number: null,
        pages: '5998--6008',
        publisher: null,
      },
      'semanticScholar',
      0.99,
    );
    expect(applied.paper).toMatchObject({
      citekey: 'attention',
      entryType: 'inproceedings',
      booktitle: 'Neural Information Processing Systems',
      pages: '5998--6008',
      eprint: '1706.03762',
      archivePrefix: 'arXiv',
      arxivId: '1706.03762',
    });
    expect(undo(db)).toMatch(/^Published version of attention: year, type, booktitle, pages$/);
    expect(getPaper(db, id)?.entryType).toBe('misc');
  });
});

describe('looking papers up against the fake server', () => {
  const library = useTempLibrary();
  let server: FakeServer;
  beforeEach(async () => {
    server = await startFakeServer();
  });
  afterEach(async () => {
    await server.close();
  });

  const contextFor = (db: LibraryDb) =>
    createLookupContext({
      settings: getLookupSettings(db),
      cache: libraryCache(db),
      env: server.env,
      clock: fakeClock(),
      retries: 0,
    });

  it('applies a confident match by arXiv id and offers the published version', async () => {
    const { db } = library();
    const id = await importBib(db, ', eprint = {1706.03762}, archiveprefix = {arXiv}');
    expect(papersMissingDetails(db)).toEqual([id]);
    const [result] = await lookupPapers(db, [id], contextFor(db), { applyConfident: true });
    expect(result).toMatchObject({
      outcome: 'auto',
      applied: expect.arrayContaining(['authors', 'year']) as unknown,
      published: { entryType: 'inproceedings', venue: 'Neural Information Processing Systems' },
    });
    expect(getPaper(db, id)?.authors[0]).toBe('Vaswani, Ashish');
    expect(papersMissingDetails(db)).toEqual([]);
  });

  it('asks arXiv for many papers in one batched id_list request', async () => {
    const { db } = library();
    await commitImport(
      db,
      `@misc{a, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}
@misc{b, title = {TD-MPC2: Scalable, Robust World Models for Continuous Control}, eprint = {2310.16828}, archiveprefix = {arXiv}}`,
    );
    setLookupSettings(db, { sources: ['arxiv'] });
    const results = await lookupPapers(db, papersMissingDetails(db), contextFor(db), {
      applyConfident: true,
    });
    expect(results.map((result) => result.outcome)).toEqual(['auto', 'auto']);
    expect(server.requests).toEqual(['/api/query?id_list=1706.03762%2C2310.16828&max_results=2']);
    expect(getPaper(db, results[1]?.paperId ?? 0)?.authors[0]).toBe('Hansen, Nicklas');
  });

  it('keeps an uncertain match for review; accepting some fields writes only those, undo restores the review', async () => {
    const { db } = library();
    await commitImport(db, 'Off-diagonal Ramsey numbers\n');
    const id = db.prepare('SELECT id FROM papers').pluck().get() as number;
    const [result] = await lookupPapers(db, [id], contextFor(db), { applyConfident: true });
    expect(result?.outcome).toBe('review');
    const [review] = listReviews(db);
    expect(review?.candidate.title).toBe('Off-diagonal book Ramsey numbers');
    expect(review?.changes.map((change) => change.field)).toEqual(
      expect.arrayContaining(['authors', 'year', 'journal', 'doi']),
    );
    const before = snapshot(db);
    acceptReview(db, review?.id ?? 0, ['authors']);
    expect(getPaper(db, id)).toMatchObject({
      authors: ['Fox, Jacob', 'He, Xiaoyu', 'Wigderson, Yuval'],
      year: null,
    });
    expect(listReviews(db)).toEqual([]);
    undo(db);
    expect(snapshot(db)).toEqual(before);
    expect(listReviews(db)).toHaveLength(1);
    rejectReview(db, review?.id ?? 0);
    expect(listReviews(db)).toEqual([]);
  });

  it('sends nothing at all with lookups turned off', async () => {
    const { db } = library();
    const id = await importBib(db, ', eprint = {1706.03762}, archiveprefix = {arXiv}');
    setLookupSettings(db, { enabled: false });
    await expect(lookupPapers(db, [id], contextFor(db), { applyConfident: true })).rejects.toThrow(
      /turned off/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('reports a source that is down for that paper and changes nothing', async () => {
    const { db } = library();
    const id = await importBib(db, ', eprint = {1706.03762}, archiveprefix = {arXiv}');
    setLookupSettings(db, { sources: ['arxiv'] });
    server.script('/api/query', [{ status: 503 }]);
    const before = snapshot(db);
    const [result] = await lookupPapers(db, [id], contextFor(db), { applyConfident: true });
    expect(result).toMatchObject({
      outcome: 'failed',
      reasons: [expect.stringMatching(/arXiv could not be reached/)],
    });
    expect(snapshot(db)).toEqual(before);
  });
});
