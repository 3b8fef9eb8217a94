import { matchText, words } from './matchText';

/** Edits (insert, delete, substitute) between two strings, in O(|a|·|b|) time and O(|b|) space. */
export function editDistance(a: string, b: string): number {
  const a1 = [...a];
  const b1 = [...b];
  let previous = Array.from({ length: b1.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a1.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b1.length; j += 1) {
      const cost = a1[i - 1] === b1[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b1.length] ?? 0;
}

/** 1 for the same title after normalisation, falling with the share of characters that differ. */
export function titleSimilarity(a: string, b: string): number {
  const x = matchText(a);
  const y = matchText(b);
  const longest = Math.max([...x].length, [...y].length);
  if (longest === 0) return 0;
  return 1 - editDistance(x, y) / longest;
}

/**
 * The same title, word for word: equal once spaces are ignored ("pre-training", "pretraining"),
 * or the same number of words, each equal or, for words of five letters or more, one edit apart
 * ("colour", "color"). A word more or less ("book") is never the same title.
 */
export function sameTitleWords(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join('') === y.join('')) return true;
  if (x.length !== y.length) return false;
  return x.every((word, index) => {
    const other = y[index] ?? '';
    return word === other || (Math.min(word.length, other.length) >= 5 && editDistance(word, other) <= 1);
  });
}

const STOP = new Set(
  'the and for with that this from are was were has have been which their our its into can not but all also than these such using use used based new show shows'.split(
    ' ',
  ),
);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Content words; text written without spaces (Chinese, Japanese) is taken two characters at a time. */
function contentWords(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of words(text)) {
    if (CJK.test(word)) {
      const chars = [...word];
      for (let index = 0; index + 1 < chars.length; index += 1)
        result.add(`${chars[index]}${chars[index + 1]}`);
    } else if (word.length > 2 && !STOP.has(word)) result.add(word);
  }
  return result;
}

/** Dice's coefficient over the abstracts' content words: 1 for the same words, 0 for none shared. */
export function abstractSimilarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** The share of the shorter author list whose family names appear in the other (accents, case folded). */
export function authorOverlap(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a.map(matchText).filter(Boolean));
  const y = new Set(b.map(matchText).filter(Boolean));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const name of x) if (y.has(name)) shared += 1;
  return shared / Math.min(x.size, y.size);
}
