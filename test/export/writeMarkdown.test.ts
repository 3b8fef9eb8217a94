import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../main/export/writeMarkdown';
import { nastyPapers } from '../fixtures/nastyPapers';

describe('writeMarkdown', () => {
  it('names authors as they are read, so a list of several is unambiguous', () => {
    const [paper] = nastyPapers();
    if (!paper) throw new Error('no fixture paper');
    paper.creators = [
      {
        role: 'author',
        family: 'Zhu',
        given: 'Jun',
        particle: null,
        suffix: null,
        literal: null,
      },
      {
        role: 'author',
        family: 'Lipford',
        given: 'Heather Richter',
        particle: null,
        suffix: null,
        literal: null,
      },
      {
        role: 'editor',
        family: 'Chu',
        given: 'Bill',
        particle: null,
        suffix: null,
        literal: null,
      },
      {
        role: 'author',
        family: null,
        given: null,
        particle: null,
        suffix: null,
        literal: 'OpenAI Team',
      },
    ];
    paper.year = 2015;
    const markdown = writeMarkdown([paper]);
    expect(markdown).toContain('Jun Zhu, Heather Richter Lipford, OpenAI Team · 2015');
    expect(markdown).not.toContain('Chu');
  });
});
