import { describe, expect, it } from 'vitest';
import { displayName, parseName, sortName } from '../../main/record/names';

const name = (
  family: string | null,
  given: string | null,
  particle: string | null = null,
  suffix: string | null = null,
) => ({
  family,
  given,
  particle,
  suffix,
  literal: null,
});

describe('parseName, by BibTeX rules', () => {
  it.each([
    ['Jun Zhu', name('Zhu', 'Jun')],
    ['Zhu, Jun', name('Zhu', 'Jun')],
    ['Heather Richter Lipford', name('Lipford', 'Heather Richter')],
    ['Lipford, Heather Richter', name('Lipford', 'Heather Richter')],
    ['Anna van der Berg', name('Berg', 'Anna', 'van der')],
    ['van der Berg, Anna', name('Berg', 'Anna', 'van der')],
    ['Ludwig van Beethoven', name('Beethoven', 'Ludwig', 'van')],
    ['Jean de La Fontaine', name('La Fontaine', 'Jean', 'de')],
    ['de La Fontaine, Jean', name('La Fontaine', 'Jean', 'de')],
    ['King, Jr., Martin Luther', name('King', 'Martin Luther', null, 'Jr.')],
    ['Martin Luther King Jr.', name('King', 'Martin Luther', null, 'Jr.')],
    ['Martin Luther King, Jr.', name('King', 'Martin Luther', null, 'Jr.')],
    ['Henry Ford III', name('Ford', 'Henry', null, 'III')],
    ['Plato', name('Plato', null)],
    ["O'Brien, Pat", name("O'Brien", 'Pat')],
    ['Türpe, Sven', name('Türpe', 'Sven')],
    ['  Jun   Zhu ', name('Zhu', 'Jun')],
    ['{Barnes and Noble}, Jane', name('{Barnes and Noble}', 'Jane')],
  ])('reads "%s"', (raw, expected) => {
    expect(parseName(raw)).toEqual(expected);
  });

  it('keeps a name wholly in braces as one literal name (an organisation)', () => {
    expect(parseName('{OpenAI Team}')).toEqual({
      family: null,
      given: null,
      particle: null,
      suffix: null,
      literal: 'OpenAI Team',
    });
    expect(parseName('{Smith, Jones and Co}')?.literal).toBe('Smith, Jones and Co');
  });

  it('gives nothing for an empty name', () => {
    expect(parseName('  ')).toBeNull();
    expect(parseName('{}')).toBeNull();
  });

  it('writes names back unambiguously and as read aloud', () => {
    const beethoven = parseName('van Beethoven, Jr., Ludwig');
    expect(beethoven && sortName(beethoven)).toBe('van Beethoven, Jr., Ludwig');
    expect(beethoven && displayName(beethoven)).toBe('Ludwig van Beethoven Jr.');
    const team = parseName('{OpenAI Team}');
    expect(team && sortName(team)).toBe('OpenAI Team');
  });
});
