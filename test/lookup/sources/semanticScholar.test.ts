import { describe, expect, it } from 'vitest';
import { SourceResponseError } from '../../../main/lookup/candidate';
import { parseS2Response, s2IdRequest, s2TitleRequest } from '../../../main/lookup/sources/semanticScholar';
import { fixture } from '../fixtures';

describe('Semantic Scholar requests', () => {
  it('asks for ids as ARXIV:<id> and DOI:<doi> with fields, and titles with search/match', () => {
    const arxiv = new URL(s2IdRequest('http://h', { arxivId: '2310.16828' }).url);
    expect(arxiv.pathname).toBe('/graph/v1/paper/ARXIV:2310.16828');
    expect(arxiv.searchParams.get('fields')).toContain('externalIds');
    const doi = new URL(s2IdRequest('http://h', { doi: '10.1145/3359591.3359736' }).url);
    expect(doi.pathname).toBe('/graph/v1/paper/DOI:10.1145/3359591.3359736');
    const title = new URL(s2TitleRequest('http://h', 'Attention Is All You Need').url);
    expect(title.pathname).toBe('/graph/v1/paper/search/match');
    expect(title.searchParams.get('query')).toBe('Attention Is All You Need');
  });

  it('sends the API key as x-api-key only when there is one', () => {
    expect(s2TitleRequest('http://h', 't').headers).toEqual({});
    expect(s2TitleRequest('http://h', 't', 'secret').headers).toEqual({ 'x-api-key': 'secret' });
  });
});

describe('parseS2Response', () => {
  it('reads a paper: externalIds give the arXiv id; a conference venue is a published version', () => {
    const [paper] = parseS2Response(200, fixture('s2/arxiv-1706.03762.json'));
    expect(paper).toMatchObject({
      source: 'semanticScholar',
      arxivId: '1706.03762',
      doi: null,
      year: 2017,
      month: 6,
      title: 'Attention is All you Need',
      published: { entryType: 'inproceedings', venue: 'Neural Information Processing Systems', year: 2017 },
    });
    expect(paper?.creators[1]).toMatchObject({ given: 'Noam M.', family: 'Shazeer' });
  });

  it('does not take arXiv.org as a published version', () => {
    const [paper] = parseS2Response(200, fixture('s2/arxiv-2310.16828.json'));
    expect(paper?.published).toBeNull();
    expect(paper?.abstract).toBeNull();
  });

  it('reads a journal paper found by DOI', () => {
    const [paper] = parseS2Response(200, fixture('s2/doi-10.1145-3359591.3359736.json'));
    expect(paper?.doi).toBe('10.1145/3359591.3359736');
    expect(paper?.published).toMatchObject({ entryType: 'article', volume: '3', pages: '1--29' });
  });

  it('reads search/match data, and a 404 as no candidate', () => {
    expect(parseS2Response(200, fixture('s2/match-attention.json'))).toHaveLength(1);
    expect(parseS2Response(404, fixture('s2/not-found.json'))).toEqual([]);
  });

  it('refuses malformed JSON', () => {
    expect(() => parseS2Response(200, '{"paperId": ')).toThrow(SourceResponseError);
  });
});
