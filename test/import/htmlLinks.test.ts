import { describe, expect, it } from 'vitest';
import { arxivIdOfLink, arxivIdsFromHtml } from '../../main/import/htmlLinks';
import { parseImportText } from '../../main/import/parseImportText';
import { withHtmlLinks } from '../../main/import/withHtmlLinks';

/** A Hugging Face trending card, as Chromium copies it: links resolved, a thumbnail link before the title. */
const card = (id: string, title: string, abstract: string) => `
<article class="card">
  <a href="https://huggingface.co/papers/${id}"><img src="https://cdn/x.png" alt=""></a>
  <h3><a href="https://huggingface.co/papers/${id}" class="title">${title}</a></h3>
  <p>${abstract}</p>
</article>`;

describe('arxivIdOfLink', () => {
  it.each([
    ['https://arxiv.org/abs/2310.16828v2', '2310.16828'],
    ['https://arxiv.org/pdf/2310.16828', '2310.16828'],
    ['http://www.arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://huggingface.co/papers/2310.16828', '2310.16828'],
    ['https://paperswithcode.com/paper/arxiv:2310.16828', '2310.16828'],
    ['https://paperswithcode.com/paper/td-mpc2-scalable-robust-world-models', null],
    ['https://github.com/nicklashansen/tdmpc2', null],
    ['/papers/2310.16828', null],
    ['javascript:alert(1)', null],
  ])('%s names %s', (href, id) => {
    expect(arxivIdOfLink(href)).toBe(id);
  });
});

describe('arxivIdsFromHtml', () => {
  it('gives each card its own paper, not the next card thumbnail', () => {
    const html =
      card('2310.16828', 'TD-MPC2: Scalable, Robust World Models', 'We present TD-MPC2.') +
      card('1706.03762', 'Attention Is All You Need', 'The dominant models &amp; more.');
    const ids = arxivIdsFromHtml(html, [
      'TD-MPC2: Scalable, Robust World Models',
      'Attention Is All You Need',
    ]);
    expect([...ids]).toEqual([
      [0, '2310.16828'],
      [1, '1706.03762'],
    ]);
  });

  it('takes an arXiv link beside a title that is not a link, and none when two papers are linked there', () => {
    const html = `
      <div><h2>Off-diagonal Ramsey numbers</h2><p>An abstract.</p><a href="https://arxiv.org/abs/2302.04862">arXiv</a> <a href="https://arxiv.org/pdf/2302.04862v2">PDF</a></div>
      <div><h2>A survey</h2><p>We cite <a href="https://arxiv.org/abs/2101.00001">one</a> and <a href="https://arxiv.org/abs/2102.00002">another</a>.</p></div>
      <div><h2>No links</h2><p>Text.</p></div>`;
    const ids = arxivIdsFromHtml(html, ['Off-diagonal Ramsey numbers', 'A survey', 'No links']);
    expect([...ids]).toEqual([[0, '2302.04862']]);
  });

  it('skips scripts and styles, and reads entities and unquoted attributes', () => {
    const html = `<style>.a{}</style><script>var t = "<a href='https://arxiv.org/abs/1706.03762'>Attention</a>";</script>
      <h3><a href=https://arxiv.org/abs/2310.16828>Models &lt;fast&gt; &amp; robust</a></h3>`;
    expect([...arxivIdsFromHtml(html, ['Models <fast> & robust', 'Attention'])]).toEqual([[0, '2310.16828']]);
  });

  it('puts the ids into a parsed page, so the papers are stored with eprint and archivePrefix', async () => {
    const text = 'TD-MPC2: Scalable, Robust World Models\nWe present TD-MPC2, a model-based agent.\n';
    const html = card(
      '2310.16828',
      'TD-MPC2: Scalable, Robust World Models',
      'We present TD-MPC2, a model-based agent.',
    );
    const parsed = withHtmlLinks(await parseImportText(text), html);
    expect(parsed.papers[0]?.arxivId).toBe('2310.16828');
  });
});
