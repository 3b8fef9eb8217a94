/**
 * Splits text from arXiv-style pages into plain text, escaped characters (`10\%`) and
 * math (`$Q$`, `$$…$$`, `\(…\)`, `\[…\]`), with each piece's [start, end) offsets in the
 * source, so highlights and anchored notes, which are source ranges, compose with it.
 *
 * A single `$` opens math only when a non-space follows it and closes only when a non-space
 * precedes it and no digit follows it (pandoc's rule), so "costs $5 and $10" stays text.
 * Every search for a closing delimiter reads from a table built in one backward pass, so
 * the whole split is linear in the text's length, whatever the text.
 */
export type TexSegment =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'symbol'; text: string; start: number; end: number }
  | { kind: 'math'; tex: string; display: boolean; start: number; end: number };

/** `\%` shows as `%`; the same for these. */
const ESCAPED = new Set(['%', '&', '_', '$', '#']);
const WHITE = /\s/;
const DIGIT = /[0-9]/;

/** Counts the loop steps taken, for tests that bound the work. */
export interface WorkCounter {
  steps: number;
}

/** next[i]: the smallest k ≥ i where isAt(k) holds, or -1. One backward pass. */
function nextTable(length: number, isAt: (k: number) => boolean, work?: WorkCounter): Int32Array {
  const next = new Int32Array(length + 1).fill(-1);
  for (let k = length - 1; k >= 0; k -= 1) {
    next[k] = isAt(k) ? k : (next[k + 1] ?? -1);
    if (work) work.steps += 1;
  }
  return next;
}

export function segmentTex(source: string, work?: WorkCounter): TexSegment[] {
  const n = source.length;
  // Most titles and abstracts hold no math and no escape: every one starts with `$` or `\`.
  if (!source.includes('$') && !source.includes('\\')) {
    return n === 0 ? [] : [{ kind: 'text', text: source, start: 0, end: n }];
  }
  const at = (k: number) => source[k] ?? '';
  const escaped = (k: number) => at(k - 1) === '\\';
  const singleCloser = nextTable(
    n,
    (k) =>
      at(k) === '$' &&
      !escaped(k) &&
      at(k - 1) !== '$' &&
      at(k + 1) !== '$' &&
      !WHITE.test(at(k - 1)) &&
      !DIGIT.test(at(k + 1)),
    work,
  );
  const doubleCloser = nextTable(n, (k) => at(k) === '$' && at(k + 1) === '$' && !escaped(k), work);
  const parenCloser = nextTable(n, (k) => at(k) === '\\' && at(k + 1) === ')', work);
  const bracketCloser = nextTable(n, (k) => at(k) === '\\' && at(k + 1) === ']', work);
  const from = (table: Int32Array, k: number) => (k <= n ? (table[k] ?? -1) : -1);

  const segments: TexSegment[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart)
      segments.push({ kind: 'text', text: source.slice(textStart, end), start: textStart, end });
  };
  const pushMath = (start: number, end: number, tex: string, display: boolean) => {
    flushText(start);
    segments.push({ kind: 'math', tex, display, start, end });
    textStart = end;
    return end;
  };

  let i = 0;
  while (i < n) {
    if (work) work.steps += 1;
    const char = at(i);
    const following = at(i + 1);
    if (char === '\\') {
      if (ESCAPED.has(following)) {
        flushText(i);
        segments.push({ kind: 'symbol', text: following, start: i, end: i + 2 });
        i += 2;
        textStart = i;
        continue;
      }
      if (following === '(' || following === '[') {
        const close = from(following === '(' ? parenCloser : bracketCloser, i + 2);
        if (close !== -1 && source.slice(i + 2, close).trim() !== '') {
          i = pushMath(i, close + 2, source.slice(i + 2, close), following === '[');
          continue;
        }
      }
      // `\\` and any other command outside math stay as written; skip both so `\\(` opens nothing.
      i += following === '' ? 1 : 2;
      continue;
    }
    if (char === '$') {
      if (following === '$') {
        const close = from(doubleCloser, i + 2);
        if (close !== -1 && source.slice(i + 2, close).trim() !== '') {
          i = pushMath(i, close + 2, source.slice(i + 2, close), true);
          continue;
        }
        i += 2;
        continue;
      }
      if (following !== '' && !WHITE.test(following)) {
        const close = from(singleCloser, i + 2);
        if (close !== -1) {
          i = pushMath(i, close + 1, source.slice(i + 1, close), false);
          continue;
        }
      }
    }
    i += 1;
  }
  flushText(n);
  return segments;
}
