import { describe, expect, it } from 'vitest';
import { toLatex, toLatexUrl } from '../../main/export/latexText';
import { writeBibtex } from '../../main/export/writeBibtex';
import { nastyPapers } from '../fixtures/nastyPapers';

const bibtex = (text: string) => toLatex(text, { dialect: 'bibtex' });

describe('toLatex', () => {
  it('escapes every special character outside math', () => {
    expect(bibtex('# $ % & _ { } ~ ^ \\')).toBe(
      '\\# \\$ \\% \\& \\_ \\textbraceleft{} \\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('keeps plain prose as written, and escapes a special character or "--" wherever it sits', () => {
    expect(bibtex('A plain sentence, with (brackets) and 3.5 points.')).toBe(
      'A plain sentence, with (brackets) and 3.5 points.',
    );
    expect(bibtex('pre--training of x_y on <T> or é')).toBe(
      "pre-{}-training of x\\_y on \\textless{}T\\textgreater{} or {\\'{e}}",
    );
    expect(bibtex('well-known')).toBe('well-known');
  });

  it('keeps $...$ math as math, escaping only what would end the line or the field', () => {
    expect(bibtex('Parallel $Q$-Learning at $50%$ of $x_{t+1}$')).toBe(
      'Parallel $Q$-Learning at $50\\%$ of $x_{t+1}$',
    );
    expect(bibtex('costs $5 and $6')).toBe('costs \\$5 and \\$6');
    expect(bibtex('$Q$')).toBe('$Q$');
  });

  it('treats a $ pair with unbalanced braces inside as text', () => {
    expect(bibtex('$a{$ b')).toBe('\\$a\\textbraceleft{}\\$ b');
  });

  it('brace-protects words with capitals, and math, in titles', () => {
    expect(toLatex('SAC Flow for $Q$-learning via RL', { dialect: 'bibtex', protectCase: true })).toBe(
      '{SAC} {Flow} for {$Q$}-learning via {RL}',
    );
  });

  it('writes accents and special letters as LaTeX for BibTeX, and keeps UTF-8 for biber', () => {
    expect(bibtex('Türpe Łódź Straße café')).toBe(
      "T{\\\"{u}}rpe {\\L}{\\'{o}}d{\\'{z}} Stra{\\ss}e caf{\\'{e}}",
    );
    expect(bibtex('Cafe\u0301')).toBe("Caf{\\'{e}}");
    expect(toLatex('Türpe', { dialect: 'biblatex' })).toBe('Türpe');
  });

  it('replaces what no plain pdfLaTeX font can draw, drops control characters', () => {
    expect(bibtex('学习 🚀 ok')).toBe('?? ? ok');
    expect(bibtex('a\u0007b\u0000c\u200Bd')).toBe('abcd');
    expect(bibtex('α ≤ β')).toBe('$\\alpha$ $\\leq$ $\\beta$');
  });
});

describe('toLatexUrl', () => {
  it('keeps the URL but escapes the characters TeX would read as a comment or a brace', () => {
    expect(toLatexUrl('https://x.org/a%20b#f?q={y}')).toBe('https://x.org/a\\%20b\\#f?q=\\%7By\\%7D');
  });
});

describe('writeBibtex', () => {
  it('never writes a bare % or an unbalanced brace, whatever the input', () => {
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const bib = writeBibtex(nastyPapers(), dialect).split('\n').slice(1).join('\n');
      expect(bib).not.toMatch(/(?<!\\)%/);
      for (const entry of bib.split(/\n(?=@)/)) {
        const opens = entry.match(/(?<!\\)\{/g)?.length ?? 0;
        const closes = entry.match(/(?<!\\)\}/g)?.length ?? 0;
        expect(opens).toBe(closes);
      }
    }
  });

  it('writes an arXiv preprint as @misc with eprint, archivePrefix and url', () => {
    const preprint = nastyPapers().find((paper) => paper.arxivId) ?? nastyPapers()[0];
    const bib = writeBibtex(preprint ? [preprint] : []);
    expect(bib).toContain('@misc{lovelace2023arxiv,');
    expect(bib).toContain('eprint = {2310.12345}');
    expect(bib).toContain('archiveprefix = {arXiv}');
    expect(bib).toContain('url = {https://arxiv.org/abs/2310.12345}');
  });

  it('writes authors, year, venue, links, tags as keywords and notes as annote', () => {
    const paper = nastyPapers().find((candidate) => candidate.title === 'Everything Else');
    const bib = writeBibtex(paper ? [paper] : []);
    expect(bib).toContain(
      'author = {{Sven T{\\"{u}}rpe} and {Smith and Sons Ltd} and van der Berg, Anna and O\'Brien, Pat}',
    );
    expect(bib).toContain('year = {2024}');
    expect(bib).toContain('journal = {Journal of Things \\& Stuff}');
    expect(bib).toContain('note = {Code: https://github.com/a\\_b/c\\_d}');
    expect(bib).toContain('keywords = {deep learning, R\\&D, 100\\%}');
    expect(bib).toContain(
      'annote = {On "cost: \\$5 \\& more": **bold** \\_it\\_ \\#hash 100\\% \\textbraceleft{}brace}',
    );
  });
});
