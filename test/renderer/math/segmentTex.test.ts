import { describe, expect, it } from 'vitest';
import { segmentTex, type WorkCounter } from '../../../renderer/src/math/segmentTex';

/** Each segment's source slice, to check the offsets cover the text exactly. */
function slices(source: string) {
  return segmentTex(source).map((segment) => source.slice(segment.start, segment.end));
}

describe('segmentTex', () => {
  it('finds inline math with its source offsets', () => {
    expect(segmentTex('Parallel $Q$-Learning')).toEqual([
      { kind: 'text', text: 'Parallel ', start: 0, end: 9 },
      { kind: 'math', tex: 'Q', display: false, start: 9, end: 12 },
      { kind: 'text', text: '-Learning', start: 12, end: 21 },
    ]);
    expect(segmentTex('in $\\mathcal{O}(n)$ time')[1]).toEqual({
      kind: 'math',
      tex: '\\mathcal{O}(n)',
      display: false,
      start: 3,
      end: 19,
    });
  });

  it('shows \\%, \\&, \\_, \\$ and \\# as the characters they stand for, as separate pieces', () => {
    expect(segmentTex('10\\% of R\\&D a\\_b')).toEqual([
      { kind: 'text', text: '10', start: 0, end: 2 },
      { kind: 'symbol', text: '%', start: 2, end: 4 },
      { kind: 'text', text: ' of R', start: 4, end: 9 },
      { kind: 'symbol', text: '&', start: 9, end: 11 },
      { kind: 'text', text: 'D a', start: 11, end: 14 },
      { kind: 'symbol', text: '_', start: 14, end: 16 },
      { kind: 'text', text: 'b', start: 16, end: 17 },
    ]);
    expect(segmentTex('a \\$5 fee').map((segment) => segment.kind)).toEqual(['text', 'symbol', 'text']);
  });

  it('keeps escapes inside math for KaTeX', () => {
    expect(segmentTex('$10\\%$')).toEqual([{ kind: 'math', tex: '10\\%', display: false, start: 0, end: 6 }]);
  });

  it('reads display math: $$…$$ and \\[…\\], and \\(…\\) inline', () => {
    expect(segmentTex('a $$x^2$$ b').map((segment) => segment.kind === 'math' && segment.display)).toEqual([
      false,
      true,
      false,
    ]);
    expect(segmentTex('\\[ y \\] and \\(z\\)')).toEqual([
      { kind: 'math', tex: ' y ', display: true, start: 0, end: 7 },
      { kind: 'text', text: ' and ', start: 7, end: 12 },
      { kind: 'math', tex: 'z', display: false, start: 12, end: 17 },
    ]);
  });

  it.each([
    ['prices', 'costs $5 and $10 a month'],
    ['a lone dollar', 'a $ sign'],
    ['a space after the opener', 'a $ x$ b'],
    ['a space before the closer', 'a $x $ b'],
    ['an unclosed dollar', 'US$ and $x'],
    ['empty double dollars', 'a $$ $$ b'],
    ['an unclosed \\(', 'see \\( here'],
    ['a line break command', 'a \\\\(b\\)'],
  ])('leaves %s as text', (_name, source) => {
    expect(segmentTex(source).filter((segment) => segment.kind === 'math')).toEqual([]);
    expect(slices(source).join('')).toBe(source);
  });

  it('covers the source exactly, piece after piece', () => {
    const source = 'We get $O(n \\log n)$ with 10\\% less, $$\\sum_i x_i$$, and \\(a\\) vs $5.';
    const segments = segmentTex(source);
    expect(slices(source).join('')).toBe(source);
    for (const [index, segment] of segments.entries()) {
      expect(segment.start).toBe(index === 0 ? 0 : segments[index - 1]?.end);
    }
  });

  it('hands back text without a dollar or a backslash whole, without reading it through', () => {
    const work: WorkCounter = { steps: 0 };
    const title = 'Paper 000148 on control: 10% fewer {steps} (a study)';
    expect(segmentTex(title, work)).toEqual([{ kind: 'text', text: title, start: 0, end: title.length }]);
    expect(work.steps).toBe(0);
    expect(segmentTex('')).toEqual([]);
  });

  it.each([
    ['dollars', '$'],
    ['dollar words', '$a '],
    ['double dollars', '$$a '],
    ['backslashes', '\\'],
    ['openers', '\\(a '],
    ['escapes', '\\%'],
    ['braces', '{'],
  ])('does work linear in the length for %s', (_name, unit) => {
    const steps = (repeat: number) => {
      const work: WorkCounter = { steps: 0 };
      segmentTex(unit.repeat(repeat), work);
      return work.steps;
    };
    const small = steps(10_000);
    const large = steps(100_000);
    expect(large).toBeLessThanOrEqual(small * 10 + 100);
    expect(large).toBeLessThanOrEqual(5 * 100_000 * unit.length + 100);
  });
});
