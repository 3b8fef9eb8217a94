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
      authors: [],
      years: [],
      venues: [],
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

describe('parseQuery: author:, year: and venue:', () => {
  it('reads author:, year:, a year range and venue:', () => {
    expect(parseQuery('world author:Lipford year:2015 venue:"Neur IPS"')).toMatchObject({
      words: ['world'],
      authors: ['lipford'],
      years: [{ from: 2015, to: 2015 }],
      venues: ['neur ips'],
      problems: [],
    });
    expect(parseQuery('year:2019..2021').years).toEqual([{ from: 2019, to: 2021 }]);
    expect(parseQuery('year:2019..').years).toEqual([{ from: 2019, to: 9999 }]);
    expect(parseQuery('year:..2021').years).toEqual([{ from: 0, to: 2021 }]);
  });

  it('reports malformed ones as problems and reads the rest', () => {
    const parsed = parseQuery('planning year:abc year:2021..2019 author: venue:');
    expect(parsed.words).toEqual(['planning']);
    expect(parsed.years).toEqual([]);
    expect(parsed.problems).toEqual([
      'year: is a year or a range, like year:2015 or year:2019..2021, not "abc".',
      'year:2021..2019 runs backwards; did you mean year:2019..2021?',
      'author: needs a name, like author:lipford.',
      'venue: needs a name, like venue:neurips.',
    ]);
  });
});
