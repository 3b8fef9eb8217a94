import { indexTerms, tokenize } from './tokenize';

export type Range = [start: number, end: number];

/** Where the matched words and phrases are in a text, for the window to highlight. */
export function highlight(text: string, terms: ReadonlySet<string>, phrases: readonly string[]): Range[] {
  if (terms.size === 0 && phrases.length === 0) return [];
  const tokens = tokenize(text);
  const ranges: Range[] = [];
  for (const token of tokens) {
    const word = text.slice(token.start, token.end);
    // Only a joined word ("EfficientZero") can match by one of its parts.
    const joined = /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u.test(word);
    if (terms.has(token.term) || (joined && [...indexTerms(word)].some((part) => terms.has(part)))) {
      ranges.push([token.start, token.end]);
    }
  }
  // A joined query word ("modelbased") marks the compound it matched ("Model-Based"); where a
  // part matched by itself ("zeta", whose completions include "zetanet"), only that part is marked.
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    const [left, right] = [tokens[at], tokens[at + 1]];
    if (!left || !right || terms.has(left.term) || terms.has(right.term)) continue;
    if (terms.has(left.term + right.term)) ranges.push([left.start, right.end]);
  }
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    for (let at = 0; at + words.length <= tokens.length; at += 1) {
      if (words.every((word, offset) => tokens[at + offset]?.term === word)) {
        ranges.push([tokens[at]?.start ?? 0, tokens[at + words.length - 1]?.end ?? 0]);
      }
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
