import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { arxivIdsFromHtml } from '../../main/import/htmlLinks';
import { parseBibtex } from '../../main/import/parseBibtex';
import { detectFormat, parseImportText, readPastedPage } from '../../main/import/parseImportText';
import { looksLikeShelfmarkJson, parseShelfmarkJson } from '../../main/import/shelfmarkJson';
import { ShelfmarkError } from '../../main/library/ShelfmarkError';

/**
 * Every parser and detector takes time linear in its input. Timing cannot show that on a busy
 * machine, so the work is counted instead: every regular-expression execution goes through
 * RegExp.prototype.exec (the spec's RegExpExec looks it up, for test, replace, match and split
 * alike), where we count the executions and the characters each one scans. Both must grow in
 * proportion to the input, and every pattern seen must be one that recheck proves runs in
 * linear time (no backtracking blow-up within one execution). Loops of our own walk each
 * character or line a fixed number of times.
 */
interface Work {
  executions: number;
  scanned: number;
  patterns: Set<RegExp>;
}

function countRegexWork(run: () => void): Work {
  const exec = RegExp.prototype.exec; // eslint-disable-line @typescript-eslint/unbound-method
  const work: Work = { executions: 0, scanned: 0, patterns: new Set() };
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const result = exec.call(this, input);
    work.executions += 1;
    work.scanned += (result ? result.index + result[0].length : input.length) - from;
    work.patterns.add(this);
    return result;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

/** Refusals are answers too: a clear ShelfmarkError is what hostile input should get. */
function answer(run: (text: string) => unknown): (text: string) => void {
  return (text) => {
    try {
      run(text);
    } catch (error) {
      if (!(error instanceof ShelfmarkError)) throw error;
    }
  };
}

/** What the library parser hands back for a file of junk: what our code then walks over. */
function junkLibrary(input: string) {
  const pieces = input.split('\n').filter(Boolean);
  return { entries: [], errors: pieces.map((piece) => ({ error: 'unexpected character', input: piece })) };
}

const PARSERS: [string, (text: string) => void][] = [
  ['detectFormat', (text) => detectFormat(text)],
  ['looksLikeShelfmarkJson', (text) => looksLikeShelfmarkJson(text)],
  ['readPastedPage (text check, trending parser, cleaning)', answer((text: string) => readPastedPage(text))],
  ['parseShelfmarkJson', (text) => parseShelfmarkJson(text)],
  ['parseBibtex (all but the library parser)', (text) => parseBibtex(text, junkLibrary)],
  ["arxivIdsFromHtml (a paste's HTML flavour)", (text) => arxivIdsFromHtml(text, ['A Title Line'])],
];

/** What hostile HTML looks like: deep nesting, unclosed and stray tags, links, entities. 1k, 10k and 100k lines. */
const HOSTILE_HTML: [string, string][] = [
  ['nested divs never closed', '<div><span><b>'],
  ['stray closing tags', '</span></div></a>'],
  ['links to arXiv never closed', '<a href="https://arxiv.org/abs/2310.16828">A Title Line'],
  ['entities and half tags', '&amp;&lt;&#x41;&bogus; <a href=x <div'],
];

/** The hostile inputs of issue 10, at 10k, 100k and 1M lines. */
const HOSTILE: [string, string][] = [
  ['blank lines', ''],
  ['braces', '{'],
  ['backslashes', '\\'],
  ['at signs', '@'],
  ['dollar signs', '$'],
];
/** Lines that reach deeper (every line a paper, or an entry start with math): 1k, 10k and 100k lines, to keep the suite fast. */
const DEEP: [string, string][] = [
  ['spaced entry starts with math', '  @a  {  $x '],
  ['titles and abstracts', 'A Title Line\nWe show that this runs in linear time on $n$ lines.'],
];

function input(line: string, count: number): string {
  return `${line}\n`.repeat(line.includes('\n') ? count / 2 : count);
}

describe('every parser and detector works in linear time', () => {
  /** By source and flags: a pattern literal inside a function is a new RegExp object at every call. */
  const seen = new Map<string, RegExp>();

  function assertLinear(parse: (text: string) => void, line: string, sizes: number[]) {
    const work = sizes.map((size) => {
      const text = input(line, size);
      const counted = countRegexWork(() => parse(text));
      for (const pattern of counted.patterns) seen.set(`/${pattern.source}/${pattern.flags}`, pattern);
      return { chars: text.length, ...counted };
    });
    for (const { chars, executions, scanned } of work) {
      expect(executions).toBeLessThanOrEqual(30 * (chars + 1));
      expect(scanned).toBeLessThanOrEqual(30 * (chars + 1));
    }
    const [small, , large] = work as [(typeof work)[0], (typeof work)[0], (typeof work)[0]];
    // A hundred times the input, about a hundred times the work: never the ten thousand of quadratic time.
    expect(large.executions).toBeLessThanOrEqual(125 * small.executions + 100);
    expect(large.scanned).toBeLessThanOrEqual(125 * small.scanned + 1000);
  }

  describe.each(PARSERS)('%s', (_name, parse) => {
    it.each(HOSTILE)(
      'on 10k, 100k and 1M lines of %s',
      (_kind, line) => {
        assertLinear(parse, line, [10_000, 100_000, 1_000_000]);
      },
      120_000,
    );

    it.each(_name.startsWith('arxivIdsFromHtml') ? HOSTILE_HTML : [])(
      'on 1k, 10k and 100k lines of HTML: %s',
      (_kind, line) => {
        assertLinear(parse, line, [1_000, 10_000, 100_000]);
      },
      120_000,
    );

    it.each(DEEP)(
      'on 1k, 10k and 100k lines of %s',
      (_kind, line) => {
        assertLinear(parse, line, [1_000, 10_000, 100_000]);
      },
      120_000,
    );
  });

  it('and every pattern they run is proven linear by recheck', () => {
    expect(seen.size).toBeGreaterThan(8);
    const unsafe = [...seen.values()]
      .map((pattern) => ({
        pattern: String(pattern),
        result: checkSync(pattern.source, pattern.flags, { timeout: 20_000 }),
      }))
      .filter(({ result }) => result.status !== 'safe')
      .map(({ pattern, result }) => `${pattern}: ${result.status}`);
    expect(unsafe).toEqual([]);
  }, 120_000);
});

describe('the whole import path', () => {
  it('refuses a 196 KB paste of blank lines and braces quickly in work, not just in time', async () => {
    const text = '\n{\n'.repeat(65_000);
    const work = countRegexWork(() => detectFormat(text));
    expect(work.scanned).toBeLessThanOrEqual(20 * text.length);
    await expect(parseImportText(text)).rejects.toThrow(/Found no paper titles/);
  });
});
