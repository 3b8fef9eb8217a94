import { describe, expect, it } from 'vitest';
import { shortAuthors } from '../../../renderer/src/record/shortAuthors';

describe('short author list in a row', () => {
  it('names one author, two authors, or the first et al.', () => {
    expect(shortAuthors({ firstAuthor: 'Zhang', secondAuthor: null, authorCount: 1 })).toBe('Zhang');
    expect(shortAuthors({ firstAuthor: 'Zhang', secondAuthor: 'Li', authorCount: 2 })).toBe('Zhang and Li');
    expect(shortAuthors({ firstAuthor: 'Zhang', secondAuthor: 'Li', authorCount: 5 })).toBe('Zhang et al.');
    expect(shortAuthors({ firstAuthor: 'van der Berg', secondAuthor: null, authorCount: 1 })).toBe(
      'van der Berg',
    );
  });

  it('shows nothing for a paper without authors', () => {
    expect(shortAuthors({ firstAuthor: null, secondAuthor: null, authorCount: 0 })).toBeNull();
  });
});
