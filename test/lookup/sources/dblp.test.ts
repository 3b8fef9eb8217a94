import { describe, expect, it } from 'vitest';
import { SourceResponseError } from '../../../main/lookup/candidate';
import { dblpTitleRequest, parseDblpResponse } from '../../../main/lookup/sources/dblp';
import { fixture } from '../fixtures';

describe('DBLP', () => {
  it('searches /search/publ/api with format=json', () => {
    const url = new URL(
      dblpTitleRequest('https://dblp.org', 'TD-MPC2: Scalable, Robust World Models')?.url ?? '',
    );
    expect(url.pathname).toBe('/search/publ/api');
    expect(url.searchParams.get('format')).toBe('json');
    expect(url.searchParams.get('q')).toBe('TD MPC2 Scalable Robust World Models');
  });

  it('reads hits: the CoRR copy is a preprint with its arXiv id, the conference paper a published version', () => {
    const [corr, iclr] = parseDblpResponse(fixture('dblp/search-tdmpc2.json'));
    expect(corr).toMatchObject({ arxivId: '2310.16828', published: null, doi: null, entryType: 'misc' });
    expect(iclr).toMatchObject({
      sourceId: 'conf/iclr/HansenSW24',
      title: 'TD-MPC2: Scalable, Robust World Models for Continuous Control',
      year: 2024,
      entryType: 'inproceedings',
      published: { entryType: 'inproceedings', venue: 'ICLR', year: 2024 },
    });
    // DBLP's homonym numbers are not part of the name.
    expect(iclr?.creators.map((creator) => creator.family)).toEqual(['Hansen', 'Su', 'Wang']);
  });

  it('reads a single author given as an object, not an array', () => {
    const [paper] = parseDblpResponse(fixture('dblp/single-author.json'));
    expect(paper?.creators).toEqual([
      { role: 'author', family: 'Turing', given: 'Alan M.', particle: null, suffix: null, literal: null },
    ]);
    expect(paper?.published).toMatchObject({ entryType: 'article', venue: 'Mind', pages: '433--460' });
  });

  it('reads no hits as no candidates, and refuses malformed JSON', () => {
    expect(parseDblpResponse(fixture('dblp/empty.json'))).toEqual([]);
    expect(() => parseDblpResponse('<html>')).toThrow(SourceResponseError);
  });
});
