import { describe, expect, it } from 'vitest';
import { cleanPaper } from '../../main/import/cleanPaper';
import { emptyPaper, type ImportedPaper } from '../../main/import/importedPaper';

const creator = (family: string) => ({
  role: 'author' as const,
  family,
  given: null,
  particle: null,
  suffix: null,
  literal: null,
});

function paper(change: Partial<ImportedPaper> = {}): ImportedPaper {
  return {
    ...emptyPaper('A clean title'),
    abstract: 'Clean text.',
    authors: ['Zhang, Wei'],
    tags: ['rl', 'planning'],
    notes: [{ body: 'A note', quote: null }],
    ...change,
  };
}

describe('cleanPaper', () => {
  it('returns a paper with nothing to clean as it is', () => {
    const clean = paper({
      record: { ...({} as NonNullable<ImportedPaper['record']>), creators: [creator('Zhang')] },
    });
    expect(cleanPaper(clean)).toBe(clean);
  });

  it.each([
    ['a control character in the abstract', { abstract: 'bad\u0000text' }, { abstract: 'badtext' }],
    ['white space round the title', { title: '  Title  ' }, { title: 'Title' }],
    [
      'a lone surrogate in a note',
      { notes: [{ body: 'x\uD800', quote: null }] },
      { notes: [{ body: 'x\uFFFD', quote: null }] },
    ],
    ['a tag twice, and a blank one', { tags: ['rl', ' rl ', ' '] }, { tags: ['rl'] }],
    ['an author without a name', { authors: ['Zhang, Wei', ','] }, { authors: ['Zhang, Wei'] }],
    ['a citation key with a control character', { citekey: 'k\u0007ey' }, { citekey: 'key' }],
  ] as const)('cleans %s into a new paper and leaves the given one alone', (_name, change, expected) => {
    const dirty = paper(change as Partial<ImportedPaper>);
    const before = structuredClone(dirty);
    const cleaned = cleanPaper(dirty);
    expect(cleaned).not.toBe(dirty);
    expect(cleaned).toMatchObject(expected);
    expect(dirty).toEqual(before);
  });

  it('drops creators that name nobody, in a copy of the record', () => {
    const record = {
      ...({} as NonNullable<ImportedPaper['record']>),
      creators: [creator('Zhang'), creator(',')],
    };
    const dirty = paper({ record });
    const cleaned = cleanPaper(dirty);
    expect(cleaned?.record?.creators).toEqual([creator('Zhang')]);
    expect(record.creators).toHaveLength(2);
  });

  it('a title with nothing left is no paper', () => {
    expect(cleanPaper(paper({ title: ' \u0000 ' }))).toBeNull();
  });
});
