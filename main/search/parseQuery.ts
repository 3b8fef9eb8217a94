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
  /** author:NAME, normalized words; each name must be in the paper's creators (a word may be a start). */
  authors: string[];
  /** year:2015, year:2019..2021, year:2019.., year:..2021; a paper's year must be in every range. */
  years: YearRange[];
  /** venue:NAME, as phrase text; the paper's venue must hold it as whole words. */
  venues: string[];
  /** What was wrong with the query and how it was read anyway; shown under the box. */
  problems: string[];
}

export interface YearRange {
  from: number;
  to: number;
}

interface Piece {
  text: string;
  quoted: boolean;
  negated: boolean;
  field: string | null;
}

const FIELD = /^(tag|status|author|year|venue):/i;
const YEAR_RANGE = /^(\d{1,4})?(?:\.\.(\d{1,4})?)?$/;

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

function parseYear(text: string, problems: string[]): YearRange | null {
  const match = YEAR_RANGE.exec(text);
  const [, from, to] = match ?? [];
  const isRange = text.includes('..');
  if (!match || (from === undefined && to === undefined)) {
    problems.push(
      `year: is a year or a range, like year:2015 or year:2019..2021${text ? `, not "${text}"` : ''}.`,
    );
    return null;
  }
  const range = {
    from: from === undefined ? 0 : Number(from),
    to: to === undefined ? (isRange ? 9999 : Number(from)) : Number(to),
  };
  if (range.from > range.to) {
    problems.push(`year:${text} runs backwards; did you mean year:${range.to}..${range.from}?`);
    return null;
  }
  return range;
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    excluded: [],
    tags: [],
    statuses: [],
    authors: [],
    years: [],
    venues: [],
    problems: [],
  };
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
    if (piece.field === 'author' || piece.field === 'venue') {
      const name = phraseText(text);
      if (name === '')
        parsed.problems.push(
          `${piece.field}: needs a name, like ${piece.field}:${piece.field === 'author' ? 'lipford' : 'neurips'}.`,
        );
      else if (piece.field === 'author') parsed.authors.push(...name.split(' '));
      else parsed.venues.push(name);
      continue;
    }
    if (piece.field === 'year') {
      const range = parseYear(text, parsed.problems);
      if (range) parsed.years.push(range);
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
