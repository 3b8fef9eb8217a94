import { describe, expect, it } from 'vitest';
import { getPaper } from '../../../main/db/paperQueries';
import { commitImport } from '../../../main/library/importText';
import { applyCandidate } from '../../../main/library/lookup/applyLookup';
import { setStatus } from '../../../main/library/queues';
import { undo, undoState } from '../../../main/library/undo';
import type { Candidate } from '../../../main/lookup/candidate';
import { useTempLibrary } from '../../fixtures/tempLibrary';

const candidate = (title: string, family: string): Candidate => ({
  source: 'dblp',
  sourceId: title,
  title,
  abstract: null,
  creators: [{ role: 'author', family, given: 'A.', particle: null, suffix: null, literal: null }],
  year: 2020,
  month: null,
  arxivId: null,
  doi: null,
  entryType: 'misc',
  fields: {},
  published: null,
});

describe("a lookup job's matches as one undo step", () => {
  const library = useTempLibrary();

  async function threePapers() {
    const { db } = library();
    await commitImport(
      db,
      '@misc{a, title = {Paper A}}\n@misc{b, title = {Paper B}}\n@misc{c, title = {Paper C}}',
    );
    return db;
  }

  it('coalesces the papers of one job, named by how many', async () => {
    const db = await threePapers();
    for (const [id, name] of [
      [1, 'Ames'],
      [2, 'Bell'],
      [3, 'Cole'],
    ] as const)
      applyCandidate(db, id, candidate(`Paper ${name}`, name), 1, { job: 'job-1' });
    expect(undoState(db).undoLabel).toBe('Look up 3 papers');
    expect(undo(db)).toBe('Look up 3 papers');
    for (const id of [1, 2, 3]) expect(getPaper(db, id)?.year).toBeNull();
    // Without a job key each paper is its own step.
    applyCandidate(db, 1, candidate('Paper A', 'Ames'), 1);
    applyCandidate(db, 2, candidate('Paper B', 'Bell'), 1);
    expect(undo(db)).toBe('Look up b: authors, year');
  });

  it("never swallows the person's change made while the job runs: the job splits around it", async () => {
    const db = await threePapers();
    applyCandidate(db, 1, candidate('Paper A', 'Ames'), 1, { job: 'job-1' });
    setStatus(db, [3], 'read');
    applyCandidate(db, 2, candidate('Paper B', 'Bell'), 1, { job: 'job-1' });
    expect(undo(db)).toBe('Look up b: authors, year');
    expect(getPaper(db, 3)?.status).toBe('read');
    expect(getPaper(db, 1)?.year).toBe(2020);
    expect(undo(db)).toMatch(/^Move 1 paper to Read/);
    expect(undo(db)).toBe('Look up a: authors, year');
  });
});
