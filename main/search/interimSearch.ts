import type { LibraryDb } from '../db/openLibrary';
import { highlight } from './highlight';
import { parseQuery, type ParsedQuery } from './parseQuery';
import type { PaperHighlights } from './SearchIndex';
import type { RankedIds, SearchRequest } from './SearchService';
import { STOPWORDS } from './stopwords';
import { normalizeTerm } from './tokenize';

/**
 * The answer while no full index is ready (a first start after an import, a snapshot missing or
 * damaged): every word of the query must be in the title or the first author, read from the
 * covering indexes `papers_by_title` and `author_sort_order` (a few MB at 100,000 papers, not the
 * table), in title order. It is marked partial: abstracts, notes, tags as words, later authors,
 * typos and ranking wait for the full index.
 */

/** `%`, `_` and the escape itself stand for themselves in a LIKE pattern with `ESCAPE '\'`. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * `column` holds the word, case and accents aside. LIKE folds ASCII case only, so a text with a
 * character outside ASCII (more bytes than characters, counted in C) is also folded as the
 * index folds its words. (GLOB '*[^ -~]*' found them too, at four times the cost of the scan.)
 */
const holds = (column: string) =>
  `(${column} LIKE ? ESCAPE '\\' OR (octet_length(${column}) > length(${column}) AND folded_contains(${column}, ?)))`;
const IN_TITLE = holds('title');
const IN_FIRST_AUTHOR = `id IN (SELECT paper_id FROM author_sort WHERE ${holds('author')})`;
const WORD = `(${IN_TITLE} OR ${IN_FIRST_AUTHOR})`;
const TAGGED = `id IN (SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = ? COLLATE NOCASE)`;
const VENUE = holds(`coalesce(journal, booktitle, school, institution, publisher, '')`);

/** A `holds` condition's parameters: the LIKE pattern, and the word for the folded test. */
const both = (word: string): [string, string] => [containsPattern(word), word];

const withFolding = new WeakSet<LibraryDb>();

/** The SQL function `holds` calls for a text outside ASCII, on this connection. */
export function registerFolding(db: LibraryDb): void {
  if (withFolding.has(db)) return;
  db.function('folded_contains', { deterministic: true }, (text: unknown, word: unknown) =>
    typeof text === 'string' && typeof word === 'string' && normalizeTerm(text).includes(word) ? 1 : 0,
  );
  withFolding.add(db);
}

interface Conditions {
  sql: string[];
  params: unknown[];
}

/** The words every paper found must hold: stopwords only add to what the others found, as in the full search. */
function requiredWords(parsed: ParsedQuery): string[] {
  const words = [...parsed.words, ...parsed.phrases.flatMap((phrase) => phrase.split(' '))];
  return [...new Set(words.filter((word) => word !== '' && !STOPWORDS.has(word)))];
}

/** The query as SQL conditions on `papers`; null when it asks for nothing an interim answer can find. */
export function interimConditions(parsed: ParsedQuery, request: SearchRequest): Conditions | null {
  const where: Conditions = { sql: [], params: [] };
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  for (const word of requiredWords(parsed)) add(WORD, ...both(word), ...both(word));
  for (const name of parsed.authors) add(IN_FIRST_AUTHOR, ...both(name));
  for (const venue of parsed.venues) add(VENUE, ...both(venue));
  for (const { from, to } of parsed.years) add('year BETWEEN ? AND ?', from, to);
  for (const tag of [...parsed.tags, ...(request.tag === undefined ? [] : [request.tag])]) {
    add(TAGGED, tag.trim().replace(/\s+/g, ' '));
  }
  for (const word of parsed.excluded) add(`NOT ${WORD}`, ...both(word), ...both(word));
  if (parsed.statuses.length > 0)
    add(`status IN (${parsed.statuses.map(() => '?').join(', ')})`, ...parsed.statuses);
  // Any filter of the query's own finds papers alone; the sidebar's queue only narrows them.
  if (where.sql.length === 0) return null;
  if (request.status) add('status = ?', request.status);
  return where;
}

/** The SQL of an interim search with these conditions (exported for its query plan's test). */
export function interimSql(where: Conditions): string {
  // Title order is the index's own: no sort, and the first rows come as the scan finds them.
  return `SELECT id FROM papers INDEXED BY papers_by_title WHERE ${where.sql.join(' AND ')} ORDER BY title COLLATE NOCASE, id`;
}

/**
 * The papers whose title or first author holds every word, marked partial. With `countAll` the
 * total is exact; without, the scan stops one past `request.limit` and a longer list says "at least
 * the limit" (a common word's first rows come in a fraction of a whole scan).
 */
export function interimRank(
  db: LibraryDb,
  request: SearchRequest,
  { countAll = true }: { countAll?: boolean } = {},
): RankedIds {
  const parsed = parseQuery(request.query);
  const where = interimConditions(parsed, request);
  registerFolding(db);
  const { limit } = request;
  const stopEarly = !countAll && limit !== undefined;
  const found = where
    ? (db
        .prepare(stopEarly ? `${interimSql(where)} LIMIT ?` : interimSql(where))
        .pluck()
        .all(...where.params, ...(stopEarly ? [limit + 1] : [])) as number[])
    : [];
  const cut = limit !== undefined && found.length > limit;
  return {
    ids: Float64Array.from(cut ? found.slice(0, limit) : found),
    total: cut && stopEarly ? limit : found.length,
    totalIsExact: !(cut && stopEarly),
    problems: parsed.problems,
    marks: { terms: requiredWords(parsed), phrases: parsed.phrases },
    partial: true,
  };
}

/** The open paper's marks meanwhile: the query's words in its title (the abstract is not searched yet). */
export function interimHighlights(db: LibraryDb, id: number, query: string): PaperHighlights {
  const title = db.prepare('SELECT title FROM papers WHERE id = ?').pluck().get(id) as string | undefined;
  const parsed = parseQuery(query);
  const titleRanges =
    title === undefined ? [] : highlight(title, new Set(requiredWords(parsed)), parsed.phrases);
  return { titleRanges, abstractRanges: [] };
}
