import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary, editDistance, trigramKeys, trigrams } from '../../main/search/fuzzyTerms';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { syntheticLibrary } from '../bench/syntheticLibrary';

function vocabulary(words: string[]): FuzzyVocabulary {
  const fuzzy = new FuzzyVocabulary(words);
  words.forEach((_, id) => fuzzy.add(id));
  return fuzzy;
}

function near(words: string[], word: string): string[] {
  return vocabulary(words)
    .near(word)
    .map(({ termId }) => words[termId] ?? '');
}

describe('edit distance, a swap of two adjacent letters counted as one edit', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit each', () => {
    expect(editDistance('policy', 'policy', 2)).toBe(0);
    expect(editDistance('ploicy', 'policy', 2)).toBe(1);
    expect(editDistance('reawrd', 'reward', 2)).toBe(1);
    expect(editDistance('polcy', 'policy', 2)).toBe(1);
    expect(editDistance('pollicy', 'policy', 2)).toBe(1);
    expect(editDistance('polisy', 'policy', 2)).toBe(1);
    expect(editDistance('oplicy', 'policy', 2)).toBe(1);
  });

  it('stops counting past the bound', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('reward', 'rewardsss', 1)).toBe(2);
  });
});

describe('near-misses of a word', () => {
  it('finds a word with two letters swapped, at the start, in the middle and at the end', () => {
    const words = ['policy', 'reward', 'learning', 'planning', 'trajectory'];
    expect(near(words, 'ploicy')).toEqual(['policy']);
    expect(near(words, 'reawrd')).toEqual(['reward']);
    expect(near(words, 'oplicy')).toEqual(['policy']);
    expect(near(words, 'rewadr')).toEqual(['reward']);
    expect(near(words, 'laerning')).toEqual(['learning']);
    expect(near(words, 'trajcetory')).toEqual(['trajectory']);
  });

  it('puts the nearer term first and leaves out terms beyond the allowed edits', () => {
    expect(near(['planing', 'plannings', 'plastic'], 'planning')).toEqual(['planing', 'plannings']);
    expect(near(['poloky'], 'policy')).toEqual([]);
  });

  it('finds every one-edit typo of a word: a dropped, doubled, changed or swapped letter', () => {
    const words = ['exploration', 'curriculum', 'ensemble', 'horizon', 'robustness'];
    const fuzzy = vocabulary(words);
    for (const word of words) {
      for (let at = 1; at < word.length - 1; at += 1) {
        const typos = [
          word.slice(0, at) + word.slice(at + 1),
          word.slice(0, at) + (word[at] ?? '') + word.slice(at),
          `${word.slice(0, at)}q${word.slice(at + 1)}`,
          word.slice(0, at - 1) + (word[at] ?? '') + (word[at - 1] ?? '') + word.slice(at + 1),
        ];
        for (const typo of typos) {
          if (typo === word) continue;
          const found = fuzzy.near(typo).map(({ termId }) => words[termId]);
          expect(found, `${typo} → ${word}`).toContain(word);
        }
      }
    }
  });
});

describe('a query with a swapped letter', () => {
  it('finds the paper', () => {
    const doc = (id: number, title: string): SearchDocument => ({
      id,
      title,
      abstract: '',
      notes: '',
      tags: [],
      status: 'unread',
    });
    const index = new SearchIndex();
    index.add(doc(1, 'Policy gradients with baselines'));
    index.add(doc(2, 'Reward shaping in practice'));
    expect(index.search('ploicy').hits.map((hit) => hit.id)).toEqual([1]);
    expect(index.search('reawrd shaping').hits.map((hit) => hit.id)).toEqual([2]);
  });

  it('gives the same distances as the textbook table, for words short and long in any order', () => {
    function textbook(a: string, b: string): number {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1)
        for (let j = 1; j <= b.length; j += 1) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(
            (up[j] ?? 0) + 1,
            (row[j - 1] ?? 0) + 1,
            (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
        }
      return (d[a.length] as number[])[b.length] ?? 0;
    }
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letter = () => 'abcd'[Math.floor(next() * 4)] ?? 'a';
    const word = () => Array.from({ length: 2 + Math.floor(next() * 30) }, letter).join('');
    // A few random edits of a word: distances of 0 to 4, the ones the bound decides.
    const edited = (text: string) => {
      let out = text;
      for (let edits = Math.floor(next() * 5); edits > 0; edits -= 1) {
        const at = Math.floor(next() * out.length);
        out =
          next() < 0.5
            ? out.slice(0, at) + letter() + out.slice(at + 1)
            : out.slice(0, at) + out.slice(at + 1);
      }
      return out;
    };
    for (let n = 0; n < 2000; n += 1) {
      const a = word();
      const b = next() < 0.2 ? word() : edited(a);
      const bound = Math.floor(next() * 4);
      expect(editDistance(a, b, bound)).toBe(Math.min(textbook(a, b), bound + 1));
    }
  });
});

describe('trigramKeys', () => {
  it('are the distinct trigrams, in order, each as one number', () => {
    const decode = (key: number) =>
      String.fromCharCode(Math.floor(key / 2 ** 32), Math.floor(key / 65536) % 65536, key % 65536);
    for (const word of ['policy', 'aaaaaa', 'über', 'a', '', 'reinforcement', '日本語テキスト'])
      expect(trigramKeys(word).map(decode), word).toEqual([...new Set(trigrams(word))]);
  });
});

describe('a vocabulary before its trigram index is built', () => {
  it('answers the first words by reading the terms, the same as the index answers them', () => {
    const words = [
      ...new Set(
        syntheticLibrary(300)
          .flatMap((doc) => `${doc.title} ${doc.abstract}`.toLowerCase().split(/[^a-z0-9]+/))
          .filter((word) => word !== ''),
      ),
    ];
    const typos = words
      .filter((word) => word.length >= 5)
      .slice(0, 40)
      .flatMap((word) => [word, `${word[1]}${word[0]}${word.slice(2)}`, `${word}s`, word.slice(0, -1)]);
    const indexed = vocabulary(words);
    const scanning = vocabulary(words);
    typos.forEach((typo, at) => {
      expect(indexed.near(typo), typo).toEqual(vocabulary(words).near(typo));
      scanning.near(typo);
      expect(scanning.indexed, typo).toBe(at >= 3);
    });
    expect(typos.some((typo) => indexed.near(typo).length > 0)).toBe(true);
  });
});
