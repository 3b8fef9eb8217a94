import type { LibraryDb } from '../db/openLibrary';
import { STOPWORDS } from './stopwords';
import { tokenize } from './tokenize';

/** Titles read to find a common word: the newest, by rowid (no sort, a few kB). */
const TITLES_READ = 200;
/** Shorter words are rarely what a person searches for. */
const SHORTEST_WORD = 4;

/**
 * Queries that run the ranking's code once the index is ready, before the person's first search:
 * V8 optimizes that code only after it has run a while, and at 100,000 papers the first rank of a
 * common word took 5–8 times as long as the same rank again. The library's most common title word
 * (whole, its first letters as typed, whole again) makes the work a real search does; none when the
 * library has no such word.
 */
export function warmUpQueries(db: LibraryDb): string[] {
  const titles = db
    .prepare(`SELECT title FROM papers ORDER BY id DESC LIMIT ${TITLES_READ}`)
    .pluck()
    .all() as string[];
  const counts = new Map<string, number>();
  for (const title of titles) {
    for (const { term } of tokenize(title)) {
      if (term.length < SHORTEST_WORD || STOPWORDS.has(term) || /\d/.test(term)) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  let common = '';
  for (const [term, count] of counts) if (count > (counts.get(common) ?? 0)) common = term;
  return common === '' ? [] : [common, common.slice(0, 3), common];
}
