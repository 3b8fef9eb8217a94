import { describe, expect, it } from 'vitest';
import { documentTerms } from '../../main/search/documentTerms';
import { indexTerms } from '../../main/search/tokenize';
import { syntheticLibrary } from '../bench/syntheticLibrary';
import { readSample } from '../fixtures/samples';

const EDGES = [
  '',
  '   ',
  'EfficientZero and MuZero-Reanalyse beat GPT4o on Atari100k',
  'model-based, self-supervised off-policy multi-task-learning',
  'a-b-c-d e--f g- -h 3D-CNN x2y Q-learning',
  'iOS XMLHttpRequest ABCdef abcDEF a1b2c3 2024a 12ab34',
  'under_score dot.separated slash/separated (paren) [bracket] "quoted" it\'s',
  'Ünïcödé text falls back: naïve Bayes, Schrödinger — and “quotes”',
  'tab\tand\nnewlines\r\nand 100 numbers 3.14',
];

function expectSame(text: string): void {
  expect([...documentTerms(text)].sort(), text).toEqual([...indexTerms(text)].sort());
}

describe('documentTerms', () => {
  it('finds the same terms as indexTerms in tricky texts', () => {
    for (const text of EDGES) expectSame(text);
  });

  it('finds the same terms as indexTerms in every field of a synthetic library', () => {
    for (const doc of syntheticLibrary(1000))
      for (const text of [doc.title, doc.abstract, doc.notes, doc.authors ?? '', doc.tags.join(' ')])
        expectSame(text);
  });

  it('finds the same terms as indexTerms in the real samples', () => {
    for (const name of ['trending-papers.txt', 'real-thesis.bib']) {
      const text = readSample(name);
      if (text === null) continue;
      for (const line of text.split('\n')) expectSame(line);
    }
  });
});
