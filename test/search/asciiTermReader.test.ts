import { describe, expect, it } from 'vitest';
import { AsciiTermReader } from '../../main/search/asciiTermReader';
import { pushIndexTerms } from '../../main/search/tokenize';
import { syntheticLibrary } from '../bench/syntheticLibrary';

/** A reader over a growing vocabulary, as the index gives it one. */
function reader() {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  let made = 0;
  const termId = (term: string) => {
    made += 1;
    let id = ids.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      ids.set(term, id);
    }
    return id;
  };
  const read = new AsciiTermReader((id) => terms[id] ?? '', termId);
  return {
    terms: (text: string) => {
      const found: string[] = [];
      read.read(text, (id) => found.push(terms[id] ?? ''));
      return found;
    },
    /** How many words went through termId as strings. */
    made: () => made,
  };
}

/** A word of letters only (no joined parts) for each number. */
function letters(value: number): string {
  let word = 'w';
  for (let rest = value; ; rest = Math.floor(rest / 26)) {
    word += String.fromCharCode(97 + (rest % 26));
    if (rest < 26) return word;
  }
}

const expected = (text: string) => {
  const into: string[] = [];
  pushIndexTerms(text, into);
  return into;
};

describe('reading an ASCII text into term ids', () => {
  it('gives the terms pushIndexTerms gives, in the same order', () => {
    const { terms } = reader();
    const texts = [
      'EfficientZero beats MuZero on Atari-100k with Model-Based RL',
      'state-of-the-art self-play, GPT4 and x86-64; A-B-C-D',
      'Policy POLICY policy-gradient -- policy- -gradient',
      '  --leading and trailing--  ',
      '',
      ...syntheticLibrary(300).flatMap((doc) => [doc.title, doc.abstract, doc.authors ?? '']),
    ];
    for (const text of texts) expect(terms(text), text).toEqual(expected(text));
  });

  it('makes a string only for a word it has not met before (and for the parts of joined words)', () => {
    const { terms, made } = reader();
    const text = 'the policy learns the value of the policy';
    terms(text);
    const first = made();
    expect(first).toBe(new Set(expected(text)).size);
    for (let round = 0; round < 50; round += 1) terms(text);
    expect(made()).toBe(first);
    // More words than its first table holds: it grows, and still finds each once met.
    const many = Array.from({ length: 5000 }, (_, at) => letters(at)).join(' ');
    expect(terms(many)).toEqual(expected(many));
    const after = made();
    expect(terms(many)).toEqual(expected(many));
    expect(made()).toBe(after);
  });
});
