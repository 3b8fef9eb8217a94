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

  it.each([
    ['https://arxiv.org/abs/2310.16828?context=cs.LG', '2310.16828'],
    ['https://arxiv.org/abs/2310.16828v3#S2', '2310.16828'],
    ['http://arxiv.org/html/2310.16828v1', '2310.16828'],
    ['arxiv.org/pdf/hep-th/9901001v2.pdf', 'hep-th/9901001'],
    ['https://huggingface.co/papers/2310.16828?utm=x', '2310.16828'],
    ['https://www.alphaxiv.org/abs/2310.16828', null],
  ])('reads the arXiv id in the URL %s', (text, id) => {
    const found = parseIdentifier(text);
    expect(found?.kind === 'arxiv' ? found.arxivId : null).toBe(id);
  });

  it('reads Semantic Scholar paper URLs, with or without the title slug, as their 40-hex paper id', () => {
    const sha = '204e3073870fae3d05bcbc2f6a8e263d9b72e776';
    for (const url of [
      `https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/${sha}`,
      `https://www.semanticscholar.org/paper/${sha}`,
      `semanticscholar.org/paper/${sha.toUpperCase()}?sort=relevance`,
      `https://api.semanticscholar.org/graph/v1/paper/${sha}`,
    ]) {
      expect(parseIdentifier(url)).toEqual({ kind: 's2', paperId: sha });
    }
    expect(parseIdentifier('https://www.semanticscholar.org/paper/Attention-is-All-you-Need')).toBeNull();
    expect(parseIdentifier(`https://www.semanticscholar.org/author/${sha}`)).toBeNull();
  });

  it('reads OpenReview forum and pdf URLs as their note id', () => {
    expect(parseIdentifier('https://openreview.net/forum?id=rJ4km2R5t7')).toEqual({
      kind: 'openreview',
      noteId: 'rJ4km2R5t7',
    });
    expect(parseIdentifier('openreview.net/pdf?id=SJg-O3VKPH&noteId=x')).toEqual({
      kind: 'openreview',
      noteId: 'SJg-O3VKPH',
    });
    expect(parseIdentifier('https://openreview.net/group?id=ICLR.cc/2024/Conference')).toBeNull();
    expect(parseIdentifier('https://openreview.net/forum?id=')).toBeNull();
  });
});
