import type { LibraryDb } from '../db/openLibrary';
import { STOPWORDS } from './stopwords';
import { tokenize } from './tokenize';

/** Titles read to find a common word: the newest, by rowid (no sort, a few kB). */
const TITLES_READ = 200;
/** Shorter words are rarely what a person searches for. */
const SHORTEST_WORD = 4;

/** Rare words first: each is a short step, so a question that comes meanwhile waits little. */
const RARE = 4;
const MIDDLING = 3;
const MIDDLING_SEEN = [3, 10] as const;

/**
 * Queries that run the ranking's code once the index is ready, before the person's first search:
 * V8 optimizes that code only after it has run a while, and at 100,000 papers the first rank of a
 * common word took 5–10 times as long as the same rank again. Words of the library's newest titles,
 * rare ones first (short steps while the code is slow), then a few middling ones, then the
 * commonest twice: the work a real search does. None when the titles have no such word.
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
  const byCount = [...counts].sort((a, b) => a[1] - b[1]);
  const common = byCount.at(-1);
  if (!common) return [];
  const [least, most] = MIDDLING_SEEN;
  return [
    ...byCount.filter(([, seen]) => seen === 1).slice(0, RARE),
    ...byCount
      .filter(([term, seen]) => seen >= least && seen <= most && term !== common[0])
      .slice(0, MIDDLING),
    common,
    common,
  ].map(([term]) => term);
}
