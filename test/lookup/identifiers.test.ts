import { describe, expect, it } from 'vitest';
import { isArxivDoi, parseArxivId, parseDoi, parseIdentifier } from '../../main/lookup/identifiers';

describe('identifiers', () => {
  it.each([
    ['2310.16828', '2310.16828'],
    ['arXiv:2310.16828v2', '2310.16828'],
    ['https://arxiv.org/abs/2310.16828', '2310.16828'],
    ['https://arxiv.org/pdf/2310.16828v1.pdf', '2310.16828'],
    ['hep-th/9901001v3', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['https://doi.org/10.48550/arXiv.2310.16828', '2310.16828'],
    ['10.48550/ARXIV.2310.16828', '2310.16828'],
    ['2310.1682', null],
    ['Attention is all you need', null],
  ])('reads the arXiv id in %s', (text, id) => {
    expect(parseArxivId(text)).toBe(id);
  });

  it('reads DOIs in lower case from bare, doi: and doi.org forms', () => {
    expect(parseDoi('https://doi.org/10.1145/3359591.3359736')).toBe('10.1145/3359591.3359736');
    expect(parseDoi('doi:10.1016/J.JCTB.2022.01.001')).toBe('10.1016/j.jctb.2022.01.001');
    expect(parseDoi('11.1/x')).toBeNull();
    expect(isArxivDoi('10.48550/arXiv.2310.16828')).toBe(true);
  });

  it('reads what a person pastes to add a paper: arXiv, DOI and Hugging Face papers URLs', () => {
    expect(parseIdentifier('https://huggingface.co/papers/2310.16828')).toEqual({
      kind: 'arxiv',
      arxivId: '2310.16828',
    });
    expect(parseIdentifier('https://arxiv.org/pdf/2310.16828v2')).toEqual({
      kind: 'arxiv',
      arxivId: '2310.16828',
    });
    expect(parseIdentifier('https://doi.org/10.1145/3359591.3359736')).toEqual({
      kind: 'doi',
      doi: '10.1145/3359591.3359736',
    });
    expect(parseIdentifier('a title')).toBeNull();
  });
});
