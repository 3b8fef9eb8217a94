import { describe, expect, it } from 'vitest';
import { SourceResponseError } from '../../../main/lookup/candidate';
import {
  crossrefDoiRequest,
  crossrefInterval,
  crossrefTitleRequest,
  parseCrossrefResponse,
} from '../../../main/lookup/sources/crossref';
import { fixture } from '../fixtures';

describe('Crossref requests', () => {
  it('searches with query.bibliographic (never the deprecated query.title), with a mailto when given', () => {
    const url = new URL(
      crossrefTitleRequest('http://h', 'Off-diagonal Ramsey numbers', 'me@example.org').url,
    );
    expect(url.pathname).toBe('/works');
    expect(url.searchParams.get('query.bibliographic')).toBe('Off-diagonal Ramsey numbers');
    expect(url.searchParams.has('query.title')).toBe(false);
    expect(url.searchParams.get('mailto')).toBe('me@example.org');
    expect(new URL(crossrefTitleRequest('http://h', 't').url).searchParams.has('mailto')).toBe(false);
  });

  it('asks for a DOI at /works/{doi}', () => {
    const url = new URL(crossrefDoiRequest('http://h', '10.1145/3359591.3359736').url);
    expect(decodeURIComponent(url.pathname)).toBe('/works/10.1145/3359591.3359736');
  });

  it('reads the rate-limit headers as a pause between requests', () => {
    const headers = new Headers({ 'x-rate-limit-limit': '50', 'x-rate-limit-interval': '1s' });
    expect(crossrefInterval(headers)).toBe(20);
    expect(crossrefInterval(new Headers())).toBeNull();
  });
});

describe('parseCrossrefResponse', () => {
  it('reads a work: authors given/family (an organisation as a literal), issued date-parts, container-title', () => {
    const [work] = parseCrossrefResponse(200, fixture('crossref/work-10.1145-3359591.3359736.json'));
    expect(work).toMatchObject({
      source: 'crossref',
      doi: '10.1145/3359591.3359736',
      year: 2019,
      month: 10,
      entryType: 'article',
      abstract: 'An abstract of a paper that was published in a journal.',
      fields: {
        journal: 'Proceedings of the ACM on Programming Languages',
        pages: '1--29',
        number: 'OOPSLA',
      },
      published: { entryType: 'article', venue: 'Proceedings of the ACM on Programming Languages' },
    });
    expect(work?.creators).toEqual([
      { role: 'author', family: 'Hopper', given: 'Grace', particle: null, suffix: null, literal: null },
      {
        role: 'author',
        family: null,
        given: null,
        particle: null,
        suffix: null,
        literal: 'The Compiler Consortium',
      },
    ]);
  });

  it('reads message.items; posted content is a preprint, not a published version', () => {
    const works = parseCrossrefResponse(200, fixture('crossref/works-ramsey.json'));
    expect(works.map((work) => work.title)).toEqual([
      'Off-diagonal book Ramsey numbers',
      'Ramsey numbers in biology',
    ]);
    expect(works[1]?.published).toBeNull();
    expect(works[1]?.year).toBe(2024);
  });

  it('reads a 404 as no candidate, and refuses malformed JSON', () => {
    expect(parseCrossrefResponse(404, 'Resource not found.')).toEqual([]);
    expect(() => parseCrossrefResponse(200, '{"status":"ok","message":')).toThrow(SourceResponseError);
  });
});
