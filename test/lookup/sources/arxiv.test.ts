import { describe, expect, it } from 'vitest';
import { SourceResponseError } from '../../../main/lookup/candidate';
import {
  ARXIV_BATCH,
  arxivIdRequests,
  arxivTitleRequest,
  parseArxivFeed,
  plainWords,
} from '../../../main/lookup/sources/arxiv';
import { fixture } from '../fixtures';

describe('arXiv requests', () => {
  it('asks for ids with id_list, in batches', () => {
    const ids = Array.from(
      { length: ARXIV_BATCH + 1 },
      (_, index) => `2310.${String(index).padStart(5, '0')}`,
    );
    const requests = arxivIdRequests('http://127.0.0.1:1', ids);
    expect(requests).toHaveLength(2);
    const first = new URL(requests[0]?.url ?? '');
    expect(first.pathname).toBe('/api/query');
    expect(first.searchParams.get('id_list')?.split(',')).toHaveLength(ARXIV_BATCH);
    expect(new URL(requests[1]?.url ?? '').searchParams.get('id_list')).toBe(ids.at(-1));
  });

  it('searches titles with ti: and plain words only: no quotes, operators, LaTeX or accents', () => {
    expect(plainWords('$Q$-Learning and \\textit{Über} "Graphs": OR (ANDNOT)')).toEqual([
      'Q',
      'Learning',
      'Uber',
      'Graphs',
    ]);
    const request = arxivTitleRequest('https://export.arxiv.org', 'Attention Is All You Need');
    const query = new URL(request?.url ?? '').searchParams.get('search_query');
    expect(query).toBe('ti:Attention AND ti:Is AND ti:All AND ti:You AND ti:Need');
    expect(arxivTitleRequest('x', '$$ -- $$')).toBeNull();
  });
});

describe('parseArxivFeed', () => {
  it('reads an entry: id without version, title unwrapped, authors, date, category, arXiv fields', () => {
    const [paper] = parseArxivFeed(fixture('arxiv/id-1706.03762.xml'));
    expect(paper).toMatchObject({
      source: 'arxiv',
      sourceId: '1706.03762',
      arxivId: '1706.03762',
      title: 'Attention Is All You Need',
      year: 2017,
      month: 6,
      entryType: 'misc',
      doi: null,
      fields: {
        eprint: '1706.03762',
        archivePrefix: 'arXiv',
        primaryClass: 'cs.CL',
        url: 'https://arxiv.org/abs/1706.03762',
      },
    });
    expect(paper?.abstract).toMatch(/^The dominant sequence .* entirely\.$/);
    expect(paper?.creators.map((creator) => [creator.given, creator.family])).toEqual([
      ['Ashish', 'Vaswani'],
      ['Noam', 'Shazeer'],
      ['Niki', 'Parmar'],
    ]);
  });

  it('reads an old-style id, arxiv:doi and arxiv:journal_ref', () => {
    const [paper] = parseArxivFeed(fixture('arxiv/id-hep-th-9901001.xml'));
    expect(paper?.arxivId).toBe('hep-th/9901001');
    expect(paper?.doi).toBe('10.1016/s0550-3213(99)00001-2');
    expect(paper?.fields.note).toBe('Nucl.Phys. B547 (1999) 1-20');
    expect(paper?.fields.primaryClass).toBe('hep-th');
  });

  it('reads every entry of a search, and none of an empty feed', () => {
    expect(parseArxivFeed(fixture('arxiv/search-attention.xml')).map((paper) => paper.sourceId)).toEqual([
      '2501.01234',
      '1706.03762',
    ]);
    expect(parseArxivFeed(fixture('arxiv/empty.xml'))).toEqual([]);
  });

  it('turns the error feed into an error with arXiv\'s reason, not into a paper titled "Error"', () => {
    expect(() => parseArxivFeed(fixture('arxiv/error.xml'))).toThrow(
      /arXiv refused the query: incorrect id format for 1234\.12345/,
    );
  });

  it('refuses malformed XML and a plain-text body', () => {
    expect(() => parseArxivFeed(fixture('arxiv/malformed.xml'))).toThrow(SourceResponseError);
    expect(() => parseArxivFeed('Rate exceeded.')).toThrow(SourceResponseError);
  });
});
