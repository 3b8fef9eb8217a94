import type { PaperStatus } from '../../preload/api';
import type { SearchDocument } from '../../main/search/SearchIndex';

/** A small, fast, seedable generator (mulberry32): the same seed gives the same library. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN = `reinforcement learning policy value function agent environment reward exploration exploitation
sample efficient efficiency offline online model based free planning world models transformer attention
language large diffusion robot robotic manipulation locomotion control continuous discrete action space
state representation contrastive self supervised imitation demonstration inverse curriculum hierarchical
multi task meta transfer generalization robustness uncertainty ensemble bayesian gradient actor critic
q learning temporal difference monte carlo tree search bandit regret bound theory convergence optimal
benchmark atari mujoco simulation real world deployment safety constraint risk preference human feedback
reasoning verifiable scaling parameters network architecture dataset augmentation replay buffer horizon`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES =
  'ka ri to ne mo la zu pe vi so da fe gi ho ju ly mi na or qu re si ta um ve wa xi yo ze'.split(' ');
const VENUES = [
  'NeurIPS',
  'ICML',
  'ICLR',
  'AAAI',
  'IJCAI',
  'CoRL',
  'ICRA',
  'IROS',
  'RSS',
  'AAMAS',
  'UAI',
  'AISTATS',
  'Journal of Machine Learning Research',
  'Machine Learning',
  'Artificial Intelligence',
  'IEEE Transactions on Neural Networks and Learning Systems',
  'Nature',
  'Science Robotics',
];
const TAGS = Array.from({ length: 40 }, (_, index) => `topic-${index + 1}`);
const STATUSES: PaperStatus[] = ['unread', 'unread', 'unread', 'reading', 'read'];

/** Domain words first, then invented words; drawn with Zipf's law, as words are in real text. */
function vocabulary(next: () => number, size: number): string[] {
  const words = new Set(DOMAIN);
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

function zipfSampler(next: () => number, count: number): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 0; rank < count; rank += 1) {
    total += 1 / (rank + 1) ** 1.07;
    cumulative[rank] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Names built from syllables: a few thousand families, a few hundred given names. */
function namePool(next: () => number, size: number, syllables: [number, number]): string[] {
  const names = new Set<string>();
  while (names.size < size) {
    const length = syllables[0] + Math.floor(next() * (syllables[1] - syllables[0] + 1));
    const name = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    names.add(name.charAt(0).toUpperCase() + name.slice(1));
  }
  return [...names];
}

/**
 * Authors (one to eight, "Given Family"), a year and a venue for each paper. A generator of their
 * own, so the titles and abstracts stay those of the library before papers had authors.
 */
function bibliography(size: number, seed: number): Pick<SearchDocument, 'authors' | 'year' | 'venue'>[] {
  const next = random(seed + 1_000_003);
  const families = namePool(next, 6000, [2, 4]);
  const given = namePool(next, 400, [2, 3]);
  // Prolific authors are few: families are drawn with Zipf's law too.
  const family = zipfSampler(next, families.length);
  return Array.from({ length: size }, () => ({
    authors: Array.from(
      { length: 1 + Math.floor(next() * next() * 8) },
      () => `${given[Math.floor(next() * given.length)] ?? 'Ana'} ${families[family()] ?? 'Kato'}`,
    ).join('; '),
    year: 1995 + Math.floor(next() ** 0.5 * 31),
    venue: next() < 0.7 ? (VENUES[Math.floor(next() * VENUES.length)] ?? '') : '',
  }));
}

export function syntheticLibrary(size: number, seed = 42): SearchDocument[] {
  const records = bibliography(size, seed);
  const next = random(seed);
  const words = vocabulary(next, 8000);
  const pick = zipfSampler(next, words.length);
  const word = () => words[pick()] ?? 'word';
  const sentence = (length: number) => Array.from({ length }, word).join(' ');
  const docs: SearchDocument[] = [];
  for (let id = 1; id <= size; id += 1) {
    const title = Array.from({ length: 5 + Math.floor(next() * 7) }, () => {
      const w = word();
      return w.charAt(0).toUpperCase() + w.slice(1);
    });
    if (next() < 0.2) title.unshift(`${word()}${word()}`.replace(/^./, (c) => c.toUpperCase()) + ':');
    const abstract = Array.from(
      { length: 4 + Math.floor(next() * 5) },
      () => `${sentence(12 + Math.floor(next() * 14))}.`,
    );
    docs.push({
      id,
      title: title.join(' '),
      abstract: abstract.join(' '),
      notes: next() < 0.1 ? sentence(10 + Math.floor(next() * 20)) : '',
      tags: Array.from(
        { length: Math.floor(next() * 4) },
        () => TAGS[Math.floor(next() * TAGS.length)] ?? 'topic',
      ),
      status: STATUSES[Math.floor(next() * STATUSES.length)] ?? 'unread',
      ...records[id - 1],
    });
  }
  return docs;
}

export type QueryClass = 'one word' | 'two words' | 'typo' | 'phrase' | 'filter + word' | 'author + year';
export const QUERY_CLASSES: QueryClass[] = [
  'one word',
  'two words',
  'typo',
  'phrase',
  'filter + word',
  'author + year',
];

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** One edit: a dropped, doubled or swapped letter, as people mistype. */
function misspell(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  return word.slice(0, at - 1) + (word[at] ?? '') + (word[at - 1] ?? '') + word.slice(at + 1);
}

export type TypoKind = 'dropped' | 'doubled' | 'changed' | 'swapped';
const TYPO_KINDS: TypoKind[] = ['dropped', 'doubled', 'changed', 'swapped'];

/** One edit of each kind, at a letter other than the first or last (`at` from 1). */
export function typo(word: string, kind: TypoKind, at: number): string {
  if (kind === 'dropped') return word.slice(0, at) + word.slice(at + 1);
  if (kind === 'doubled') return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  if (kind === 'changed') return word.slice(0, at) + (word[at] === 'q' ? 'x' : 'q') + word.slice(at + 1);
  return word.slice(0, at - 1) + (word[at] ?? '') + (word[at - 1] ?? '') + word.slice(at + 1);
}

/**
 * One-edit typos of title words of five letters or more (those the engine forgives), each with the
 * paper it came from: a typo is found when that paper's title is marked for the misspelled word.
 * Swaps of two equal letters, and typos that are words of the library themselves, are left out.
 */
export function typoCases(
  docs: readonly SearchDocument[],
  count: number,
  isWord: (word: string) => boolean,
  seed = 11,
): { query: string; id: number; kind: TypoKind }[] {
  const next = random(seed);
  const cases: { query: string; id: number; kind: TypoKind }[] = [];
  for (let tries = 0; cases.length < count && tries < count * 50; tries += 1) {
    const doc = docs[Math.floor(next() * docs.length)] as SearchDocument;
    const long = wordsOf(doc.title).filter((w) => w.length >= 6);
    const word = long[Math.floor(next() * long.length)];
    if (!word) continue;
    const kind = TYPO_KINDS[cases.length % TYPO_KINDS.length] ?? 'swapped';
    const query = typo(word, kind, 1 + Math.floor(next() * (word.length - 2)));
    if (query !== word && !isWord(query)) cases.push({ query, id: doc.id, kind });
  }
  return cases;
}

/** Queries a person would type, drawn from the library itself so each has answers. */
export function queriesFor(
  docs: readonly SearchDocument[],
  kind: QueryClass,
  count: number,
  seed = 7,
): string[] {
  const next = random(seed + QUERY_CLASSES.indexOf(kind));
  const anyDoc = () => docs[Math.floor(next() * docs.length)] as SearchDocument;
  const anyOf = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const queries: string[] = [];
  while (queries.length < count) {
    const doc = anyDoc();
    const title = wordsOf(doc.title);
    const abstract = wordsOf(doc.abstract);
    switch (kind) {
      case 'one word':
        queries.push(anyOf(title));
        break;
      case 'two words':
        queries.push(`${anyOf(abstract)} ${anyOf(title)}`);
        break;
      case 'typo': {
        const long = title.filter((w) => w.length >= 6);
        if (long.length > 0) queries.push(misspell(anyOf(long), next));
        break;
      }
      case 'phrase': {
        const at = Math.floor(next() * (abstract.length - 1));
        queries.push(`"${abstract[at]} ${abstract[at + 1]}"`);
        break;
      }
      case 'filter + word':
        if (doc.tags.length > 0) queries.push(`tag:${anyOf(doc.tags)} ${anyOf(title)}`);
        break;
      case 'author + year': {
        // A family name as a free word, and author: with a year range: both paths of item 1.
        const family = wordsOf(anyOf((doc.authors ?? 'kato').split('; '))).at(-1) ?? 'kato';
        const year = doc.year ?? 2020;
        queries.push(
          next() < 0.5 ? `${family} ${anyOf(title)}` : `author:${family} year:${year - 2}..${year + 2}`,
        );
        break;
      }
    }
  }
  return queries;
}
