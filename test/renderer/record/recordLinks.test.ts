import { describe, expect, it } from 'vitest';
import { recordLinks } from '../../../renderer/src/record/recordLinks';

const none = { doi: null, arxivId: null, url: null, codeUrl: null };

describe('record links', () => {
  it('turns a DOI, an arXiv id, a url and a code link into http(s) links', () => {
    const links = recordLinks({
      doi: 'doi:10.1145/3319535.3354240',
      arxivId: '2101.00001',
      url: 'https://example.org/project',
      codeUrl: 'https://github.com/a/b',
    });
    expect(links).toEqual([
      { label: 'DOI', href: 'https://doi.org/10.1145/3319535.3354240' },
      { label: 'arXiv', href: 'https://arxiv.org/abs/2101.00001' },
      { label: 'PDF', href: 'https://arxiv.org/pdf/2101.00001' },
      { label: 'Project page', href: 'https://example.org/project' },
      { label: 'Code', href: 'https://github.com/a/b' },
    ]);
  });

  it('offers no link that is not http(s)', () => {
    expect(recordLinks({ ...none, url: 'javascript:alert(1)', codeUrl: 'file:///etc/passwd' })).toEqual([]);
  });

  it('keeps old-style arXiv ids with their slash', () => {
    expect(recordLinks({ ...none, arxivId: 'hep-th/9901001' })[0]?.href).toBe(
      'https://arxiv.org/abs/hep-th/9901001',
    );
  });
});
