import { describe, expect, it } from 'vitest';
import { baseCitekey, uniqueCitekey } from '../../main/library/citekey';

describe('citation keys', () => {
  it('use first author, year and first significant title word', () => {
    expect(
      baseCitekey({ title: 'The Tool-R1 Framework', authors: ['Yabo Zhang', 'Other'], year: 2025 }),
    ).toBe('zhang2025tool');
    expect(baseCitekey({ title: 'A Study', authors: ['Türpe, Sven'], year: 2019 })).toBe('turpe2019study');
  });

  it('fall back to three significant title words when authors and year are unknown', () => {
    expect(baseCitekey({ title: 'SAC Flow: Sample-Efficient RL', authors: [], year: null })).toBe(
      'sacFlowSample',
    );
    expect(baseCitekey({ title: 'Parallel $Q$-Learning at Scale', authors: [], year: null })).toBe(
      'parallelLearningScale',
    );
  });

  it('are ASCII even for titles that are not', () => {
    expect(baseCitekey({ title: 'Ünïcödé Façade für Ψ 学习', authors: [], year: null })).toBe(
      'unicodeFacadeFur',
    );
    expect(baseCitekey({ title: '学习 强化', authors: [], year: null })).toBe('paper');
  });

  it('count suffixes a..z then aa, ab when the base key is taken', () => {
    const taken = new Set(['key', ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => `key${letter}`)]);
    const isTaken = (candidate: string) => taken.has(candidate);
    expect(uniqueCitekey({ title: 'Key', authors: [], year: null }, isTaken)).toBe('keyaa');
  });
});
