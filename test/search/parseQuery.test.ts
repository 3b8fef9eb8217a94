import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../main/search/parseQuery';

describe('parseQuery', () => {
  it('reads free words, normalized, in any order', () => {
    expect(parseQuery('  Reinforcement  Lérning ')).toMatchObject({
      words: ['reinforcement', 'lerning'],
      problems: [],
    });
  });

  it('reads quoted phrases, tag:, status: and -word together', () => {
    expect(
      parseQuery('offline "Sample-Efficient RL" tag:robotics status:READ -survey tag:"deep learning"'),
    ).toEqual({
      words: ['offline'],
      phrases: ['sample efficient rl'],
      excluded: ['survey'],
      tags: ['robotics', 'deep learning'],
      statuses: ['read'],
      problems: [],
    });
  });

  it('excludes every word of a quoted -"phrase"', () => {
    expect(parseQuery('-"world models"').excluded).toEqual(['world', 'models']);
  });

  it('keeps a hyphen inside a word as part of it, not an exclusion', () => {
    expect(parseQuery('tool-r1').words).toEqual(['tool', 'r1']);
  });

  it.each([
    ['"unbalanced quote', { phrases: ['unbalanced quote'] }, /closing quote is missing/],
    ['rl tag:', { words: ['rl'], tags: [] }, /tag: needs a name/],
    [
      'rl status:someday',
      { words: ['rl'], statuses: [] },
      /status: is unread, reading or read, not "someday"/,
    ],
    ['status:', { statuses: [] }, /status: is unread, reading or read\./],
  ])('reads %j anyway and says what was wrong', (query, read, problem) => {
    const parsed = parseQuery(query);
    expect(parsed).toMatchObject(read);
    expect(parsed.problems.join(' ')).toMatch(problem);
  });
});
