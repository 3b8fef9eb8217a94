import { describe, expect, it } from 'vitest';
import { columnsFit, docAt, toColumns, type ShortDoc } from '../../main/search/docColumns';

const DOCS: (ShortDoc | null)[] = [
  {
    id: 7,
    title: 'Zeta Net',
    status: 'unread',
    tags: ['rl', 'vision'],
    authors: 'Ada Lovelace',
    year: 2020,
    venue: 'ICML',
  },
  null,
  { id: 9, title: 'Über 𝔘nicode — naïve', status: 'read', tags: [], authors: '', year: null, venue: '' },
  { id: 12, title: '', status: 'reading', tags: ['vision'], authors: 'Ōe; Zhang', year: -44, venue: 'Rome' },
];

describe('the papers as columns', () => {
  it('give back every paper as it was, and null where one was removed', () => {
    const columns = toColumns(DOCS);
    expect(columnsFit(columns, DOCS.length)).toBe(true);
    expect(DOCS.map((_, index) => docAt(columns, index))).toEqual(DOCS);
    // A tag carried by two papers is saved once.
    expect(columns.tagNames).toEqual(['rl', 'vision']);
  });

  it('do not fit another count of papers, or a tag that is not there', () => {
    const columns = toColumns(DOCS);
    expect(columnsFit(columns, DOCS.length + 1)).toBe(false);
    expect(columnsFit({ ...columns, tagNames: ['rl'] }, DOCS.length)).toBe(false);
  });
});
