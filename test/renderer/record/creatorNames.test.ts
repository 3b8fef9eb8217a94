import { describe, expect, it } from 'vitest';
import type { Creator } from '../../../preload/api';
import { displayName, namesOf } from '../../../renderer/src/record/creatorNames';

const person = (family: string, given: string | null, more: Partial<Creator> = {}): Creator => ({
  role: 'author',
  family,
  given,
  particle: null,
  suffix: null,
  literal: null,
  ...more,
});

describe('creator names in the window', () => {
  it('writes given before family and separates names unambiguously', () => {
    const creators = [person('Zhu', 'Jun'), person('Lipford', 'Heather Richter'), person('Chu', 'Bill')];
    expect(namesOf(creators, 'author')).toBe('Jun Zhu, Heather Richter Lipford, Bill Chu');
  });

  it('keeps particles, suffixes and literal names right', () => {
    expect(displayName(person('Beethoven', 'Ludwig', { particle: 'van', suffix: 'Jr.' }))).toBe(
      'Ludwig van Beethoven, Jr.',
    );
    expect(displayName(person('Berg', null, { particle: 'van der' }))).toBe('van der Berg');
    const org: Creator = { ...person('x', null), family: null, literal: 'World Health Organization' };
    expect(displayName(org)).toBe('World Health Organization');
  });

  it('lists only the asked role', () => {
    expect(
      namesOf([person('Knuth', 'Donald', { role: 'editor' }), person('Lamport', 'Leslie')], 'editor'),
    ).toBe('Donald Knuth');
  });
});
