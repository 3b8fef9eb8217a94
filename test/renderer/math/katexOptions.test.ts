import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_OPTIONS } from '../../../renderer/src/math/katexOptions';

const render = (tex: string) => katex.renderToString(tex, { ...KATEX_OPTIONS });
/** What is drawn, without the hidden annotation that holds the source as escaped text. */
const drawn = (tex: string) => render(tex).replace(/<annotation[^>]*>[^<]*<\/annotation>/, '');
/** The visible HTML, without the MathML that screen readers get (clipped by katex.css). */
const visible = (tex: string) => render(tex).split('class="katex-html"')[1] ?? '';

describe('KaTeX as the window runs it', () => {
  it('draws the formulas arXiv pages carry', () => {
    expect(render('\\mathcal{O}(n)')).toContain('class="katex"');
    expect(render('Q')).toContain('<annotation encoding="application/x-tex">Q</annotation>');
  });

  it.each([
    ['a javascript link', '\\href{javascript:alert(1)}{x}'],
    ['a url', '\\url{https://example.org}'],
    ['an image', '\\includegraphics{https://example.org/a.png}'],
    ['a class', '\\htmlClass{danger}{x}'],
    ['a style', '\\htmlStyle{background:url(https://example.org)}{x}'],
    ['an attribute', '\\htmlData{foo=bar}{x}'],
  ])('makes no link, loads nothing and adds no markup from %s (trust off)', (_name, tex) => {
    const html = drawn(tex);
    expect(html).not.toMatch(/<a |<img|href=|src=|javascript:|class="danger"|data-foo|url\(/);
  });

  it('escapes text, so markup in a formula stays text', () => {
    const html = render('\\text{<img src=x onerror=alert(1)>}');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('stops a macro that expands without end, with an error the window turns into the source', () => {
    expect(() => render('\\def\\a{\\a\\a}\\a')).toThrow(katex.ParseError);
    const bomb = '\\def\\x{yy}' + '\\def\\x{\\x\\x}'.repeat(1) + '\\x'.repeat(300);
    expect(() => render(bomb)).toThrow(/Too many expansions/);
  });

  it('caps sizes, so a formula cannot cover the page', () => {
    expect(visible('\\rule{1000em}{1000em}')).toContain('20em');
    expect(visible('\\rule{1000em}{1000em}')).not.toContain('1000em');
  });

  it('throws on a formula it cannot read, for the window to show the source instead', () => {
    expect(() => render('\\frac{1}{')).toThrow(katex.ParseError);
  });
});
