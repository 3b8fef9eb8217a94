import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

async function seededDispatch() {
  const dispatch = createDispatch(createHandlers(tempLibrary().db), vi.fn());
  await dispatch('commitImport', { text: MINI_PAGE });
  return dispatch;
}

describe('editing through the contract', () => {
  it('edits a paper and answers with the changed paper; the key stays', async () => {
    const dispatch = await seededDispatch();
    const response = await dispatch('editPaper', {
      id: 1,
      edit: {
        entryType: 'inproceedings',
        booktitle: 'ICML',
        year: 2024,
        creators: [{ role: 'author', name: 'Zhu, Jun' }],
      },
    });
    expect(response).toMatchObject({
      ok: true,
      value: {
        id: 1,
        entryType: 'inproceedings',
        booktitle: 'ICML',
        year: 2024,
        authors: ['Zhu, Jun'],
        citekey: 'zetaNetLearning',
        citekeyProvisional: true,
      },
    });
    expect(await dispatch('previewRekey', {})).toMatchObject({
      ok: true,
      value: [{ id: 1, from: 'zetaNetLearning', to: 'zhu2024zeta' }],
    });
    expect(await dispatch('applyRekey', { ids: [1] })).toMatchObject({
      ok: true,
      value: [{ to: 'zhu2024zeta' }],
    });
    expect(await dispatch('undoState', {})).toMatchObject({
      ok: true,
      value: { undoLabel: 'Change citation key to zhu2024zeta' },
    });
  });

  it('adds a paper by hand', async () => {
    const dispatch = await seededDispatch();
    expect(await dispatch('addPaper', { title: 'Hand Made', edit: { year: 1999 } })).toMatchObject({
      ok: true,
      value: { title: 'Hand Made', year: 1999, status: 'unread', entryType: 'misc' },
    });
  });

  it.each([
    ['a year that is not a year', { year: 123456 }, /"123456" is not a year/],
    ['a malformed DOI', { doi: 'not a doi' }, /is not a DOI/],
    ['an unknown entry type', { entryType: 'blogpost' }, /entryType/],
    ['an empty title', { title: '' }, /needs a title/],
    ['an unknown field', { jounral: 'x' }, /Unrecognized key/],
  ])('refuses %s as invalid_argument, changing nothing', async (_name, edit, message) => {
    const dispatch = await seededDispatch();
    const before = await dispatch('getPaper', { id: 1 });
    const response = await dispatch('editPaper', { id: 1, edit });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(!response.ok && response.error.message).toMatch(message);
    expect(await dispatch('getPaper', { id: 1 })).toEqual(before);
  });
});
