import { describe, expect, it, vi } from 'vitest';
import type { PaperSummary } from '../../preload/api';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

/** Four papers typed by hand, in this order: their added order is A, B, C, D. */
async function library() {
  const dispatch = createDispatch(createHandlers(tempLibrary().db), vi.fn());
  const add = (title: string, edit: object) => dispatch('addPaper', { title, edit });
  await add('Beta paper', { year: 2019, creators: [{ role: 'author', name: 'Li, Wei' }], journal: 'JMLR' });
  await add('alpha paper', {
    year: 2021,
    creators: [
      { role: 'author', name: 'Ludwig van Beethoven' },
      { role: 'author', name: 'Zhang, San' },
      { role: 'author', name: 'Chu, Bill' },
    ],
    booktitle: 'NeurIPS',
    entryType: 'inproceedings',
  });
  await add('Gamma paper', { year: 2015, creators: [{ role: 'editor', name: 'Knuth, Donald' }] });
  await add('Delta paper', {});
  return dispatch;
}

async function titles(dispatch: Awaited<ReturnType<typeof library>>, args: object): Promise<string[]> {
  const response = await dispatch('listPapers', args);
  if (!response.ok) throw new Error(JSON.stringify(response));
  return (response.value as PaperSummary[]).map((paper) => paper.title);
}

describe('the list, sorted by the core', () => {
  it('carries the first author, how many authors, the year and the venue for each row', async () => {
    const dispatch = await library();
    const response = await dispatch('listPapers', {});
    expect(response.ok && response.value).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'alpha paper',
          firstAuthor: 'van Beethoven',
          secondAuthor: 'Zhang',
          authorCount: 3,
          year: 2021,
          venue: 'NeurIPS',
        }),
        expect.objectContaining({
          title: 'Beta paper',
          firstAuthor: 'Li',
          authorCount: 1,
          year: 2019,
          venue: 'JMLR',
        }),
        expect.objectContaining({ title: 'Gamma paper', firstAuthor: null, authorCount: 0, year: 2015 }),
        expect.objectContaining({
          title: 'Delta paper',
          firstAuthor: null,
          authorCount: 0,
          year: null,
          venue: null,
        }),
      ]),
    );
  });

  it('keeps up-next order by default and sorts by year, title, first author and date added when asked', async () => {
    const dispatch = await library();
    const upNext = ['Beta paper', 'alpha paper', 'Gamma paper', 'Delta paper'];
    expect(await titles(dispatch, {})).toEqual(upNext);
    expect(await titles(dispatch, { status: 'unread', sort: { by: 'queue', direction: 'asc' } })).toEqual(
      upNext,
    );
    expect(await titles(dispatch, { sort: { by: 'year', direction: 'asc' } })).toEqual([
      'Gamma paper',
      'Beta paper',
      'alpha paper',
      'Delta paper',
    ]);
    expect(await titles(dispatch, { sort: { by: 'year', direction: 'desc' } })).toEqual([
      'alpha paper',
      'Beta paper',
      'Gamma paper',
      'Delta paper',
    ]);
    expect(await titles(dispatch, { sort: { by: 'title', direction: 'asc' } })).toEqual([
      'alpha paper',
      'Beta paper',
      'Delta paper',
      'Gamma paper',
    ]);
    expect(await titles(dispatch, { sort: { by: 'author', direction: 'asc' } })).toEqual([
      'Beta paper',
      'alpha paper',
      'Delta paper',
      'Gamma paper',
    ]);
    expect(await titles(dispatch, { sort: { by: 'added', direction: 'desc' } })).toEqual(
      [...upNext].reverse(),
    );
  });

  it('refuses a sort it does not know, with a clear message', async () => {
    const dispatch = await library();
    const response = await dispatch('listPapers', { sort: { by: 'colour', direction: 'asc' } });
    expect(response.ok).toBe(false);
  });
});
