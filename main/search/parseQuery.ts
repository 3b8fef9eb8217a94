import { PAPER_STATUSES, type PaperStatus } from '../../preload/api';
import { normalizeTerm, phraseText, tokenize } from './tokenize';

export interface ParsedQuery {
  /** Free words, normalized: matched fuzzily, in any order, in any field. */
  words: string[];
  /** Quoted phrases, normalized: each must appear as written. */
  phrases: string[];
  /** -word: papers with this word are left out. */
  excluded: string[];
  /** tag:NAME, all of which a paper must carry. */
  tags: string[];
  /** status:NAME; a paper must be in one of them. */
  statuses: PaperStatus[];
  /** What was wrong with the query and how it was read anyway; shown under the box. */
  problems: string[];
}

interface Piece {
  text: string;
  quoted: boolean;
  negated: boolean;
  field: string | null;
}

const FIELD = /^(tag|status):/i;

/** Splits the query into pieces: words, quoted phrases, field:value, each maybe negated with -. */
function lex(query: string, problems: string[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < query.length) {
    while (at < query.length && /\s/.test(query[at] ?? '')) at += 1;
    if (at >= query.length) break;
    let negated = false;
    if (query[at] === '-' && at + 1 < query.length && !/\s/.test(query[at + 1] ?? '')) {
      negated = true;
      at += 1;
    }
    const field = FIELD.exec(query.slice(at))?.[1]?.toLowerCase() ?? null;
    if (field) at += field.length + 1;
    if (query[at] === '"') {
      const close = query.indexOf('"', at + 1);
      if (close === -1) {
        problems.push('A closing quote is missing, so the rest is searched as one phrase.');
        pieces.push({ text: query.slice(at + 1), quoted: true, negated, field });
        break;
      }
      pieces.push({ text: query.slice(at + 1, close), quoted: true, negated, field });
      at = close + 1;
      continue;
    }
    let end = at;
    while (end < query.length && !/\s/.test(query[end] ?? '')) end += 1;
    pieces.push({ text: query.slice(at, end), quoted: false, negated, field });
    at = end;
  }
  return pieces;
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [], tags: [], statuses: [], problems: [] };
  for (const piece of lex(query, parsed.problems)) {
    const text = piece.text.trim();
    if (piece.field === 'tag') {
      if (text === '') parsed.problems.push('tag: needs a name, like tag:rl or tag:"deep learning".');
      else parsed.tags.push(text.replace(/\s+/g, ' '));
      continue;
    }
    if (piece.field === 'status') {
      const status = normalizeTerm(text) as PaperStatus;
      if ((PAPER_STATUSES as readonly string[]).includes(status)) parsed.statuses.push(status);
      else parsed.problems.push(`status: is unread, reading or read${text ? `, not "${text}"` : ''}.`);
      continue;
    }
    if (piece.quoted) {
      const phrase = phraseText(text);
      if (phrase === '') continue;
      if (piece.negated) parsed.excluded.push(...phrase.split(' '));
      else parsed.phrases.push(phrase);
      continue;
    }
    const terms = tokenize(text).map((token) => token.term);
    (piece.negated ? parsed.excluded : parsed.words).push(...terms);
  }
  return parsed;
}
