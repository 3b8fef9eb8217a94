import { describe, expect, it } from 'vitest';
import { indexTerms, pushIndexTerms } from '../../main/search/tokenize';

describe('indexTerms', () => {
  it('finds joined words by their parts: a capital after a lower letter, a letter next to a digit', () => {
    expect([...indexTerms('EfficientZero')]).toEqual(['efficientzero', 'efficient', 'zero']);
    expect([...indexTerms('gpt4 GPT4o 3D')]).toEqual(['gpt4', 'gpt', '4', 'gpt4o', 'o', '3d', '3', 'd']);
    expect([...indexTerms('ResNet50v2')]).toEqual(['resnet50v2', 'res', 'net', '50', 'v', '2']);
    expect([...indexTerms('AlphaGO plain')]).toEqual(['alphago', 'alpha', 'go', 'plain']);
  });

  it('finds hyphenated compounds written joined, and the last two of a longer chain', () => {
    expect([...indexTerms('Model-Based RL')]).toEqual(['model', 'based', 'modelbased', 'rl']);
    expect([...indexTerms('state-of-the-art, x - y')]).toEqual([
      'state',
      'of',
      'stateof',
      'the',
      'stateofthe',
      'ofthe',
      'art',
      'stateoftheart',
      'theart',
      'x',
      'y',
    ]);
  });

  it('reads text outside ASCII the same way, folding accents', () => {
    expect([...indexTerms('Über‐Naïve Zürich2')]).toEqual([
      'uber',
      'naive',
      'ubernaive',
      'zurich2',
      'zurich',
      '2',
    ]);
    // The same words in ASCII give the same terms, whichever way the text is read.
    expect([...indexTerms('Uber-Naive Zurich2')]).toEqual([...indexTerms('Über‐Naïve Zürich2')]);
  });

  it('reads an ASCII text to the terms, in the order, that the reading of any text gives', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', 'Z', 'q', '4', '0', '-', '-', ' ', ',', 'x', 'Mo', 'del', '.', '_', '\n', '--'];
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      for (let length = Math.floor(next() * 24); length > 0; length -= 1)
        text += pieces[Math.floor(next() * pieces.length)];
      const ascii: string[] = [];
      pushIndexTerms(text, ascii);
      // A word outside ASCII at the end sends the text down the general path; it adds its own term.
      const general: string[] = [];
      pushIndexTerms(`${text} é`, general);
      expect(ascii, JSON.stringify(text)).toEqual(general.slice(0, -1));
    }
  });
});
