import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCslJson } from '../../main/import/parseCslJson';
import { detectFormat } from '../../main/import/parseImportText';
import { parseRis } from '../../main/import/parseRis';

/**
 * Work, not time: every regular-expression execution (test, replace, split and match all go
 * through RegExp.prototype.exec once it is replaced) and the characters it may scan from where
 * it starts. A sticky pattern looks at one place, so it counts one.
 */
const work = { runs: 0, chars: 0 };
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
const exec = RegExp.prototype.exec;
beforeEach(() => {
  RegExp.prototype.exec = function counted(this: RegExp, text: string) {
    work.runs += 1;
    work.chars += this.sticky ? 1 : text.length - (this.global ? this.lastIndex : 0);
    return exec.call(this, text);
  };
});
afterEach(() => {
  RegExp.prototype.exec = exec;
});

function measure(read: (text: string) => unknown, text: string): { runs: number; chars: number } {
  work.runs = 0;
  work.chars = 0;
  read(text);
  return { ...work };
}

/** Ten times the input costs at most about ten times the work (a quadratic parser costs 100 times). */
function expectLinear(read: (text: string) => unknown, make: (lines: number) => string): void {
  const small = measure(read, make(1_000));
  const large = measure(read, make(10_000));
  const huge = measure(read, make(100_000));
  for (const [a, b] of [
    [small, large],
    [large, huge],
  ] as const) {
    expect(b.runs).toBeLessThanOrEqual(a.runs * 12 + 100);
    expect(b.chars).toBeLessThanOrEqual(a.chars * 12 + 1000);
  }
}

const RIS_SHAPES: Record<string, (lines: number) => string> = {
  'one record of many authors': (n) => `TY  - JOUR\nTI  - T\n${'AU  - Doe, Jane\n'.repeat(n)}ER  - \n`,
  'many records': (n) => 'TY  - JOUR\nTI  - T\nER  - \n'.repeat(Math.ceil(n / 3)),
  'continuation lines': (n) => `TY  - JOUR\nTI  - T\n${'and more\n'.repeat(n)}ER  - \n`,
  'blank lines and junk': (n) => `${'\n  -\r'.repeat(n)}TY  - JOUR\n`,
  'dashes and spaces': (n) => `TY  - ${'  - '.repeat(n)}\n`,
};

describe('the RIS and CSL-JSON readers do linear work', { timeout: 300_000 }, () => {
  for (const [shape, make] of Object.entries(RIS_SHAPES)) {
    it(`RIS: ${shape}`, () => expectLinear(parseRis, make));
    it(`detectFormat: ${shape}`, () => expectLinear(detectFormat, make));
  }

  it('CSL-JSON: many items', () =>
    expectLinear(parseCslJson, (n) =>
      JSON.stringify(
        Array.from({ length: Math.ceil(n / 10) }, (_, index) => ({
          id: `k${index}`,
          type: 'article-journal',
          title: 'A  title\twith   spaces',
          author: [{ family: 'Doe', given: 'Jane' }],
          issued: { 'date-parts': [[2020, 1, 2]] },
          page: '1-10',
        })),
      ),
    ));

  it('CSL-JSON: one huge value of white space and brackets', () =>
    expectLinear(parseCslJson, (n) => JSON.stringify([{ title: ` [ {${' \n'.repeat(n)}`, page: '1-2' }])));

  it('detectFormat: a huge JSON array of white space', () =>
    expectLinear(detectFormat, (n) => `[${' '.repeat(n)}`));
});
