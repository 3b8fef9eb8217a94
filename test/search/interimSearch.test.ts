import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import { editPaper } from '../../main/library/editPaper';
import { commitImport } from '../../main/library/importText';
import { setStatus } from '../../main/library/queues';
import { addTags } from '../../main/library/tags';
import {
  containsPattern,
  interimConditions,
  interimHighlights,
  interimRank,
  interimSql,
  registerFolding,
} from '../../main/search/interimSearch';
import { parseQuery } from '../../main/search/parseQuery';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const BIB = `
@article{muller2020, title={Learning 100\\% of the Snake\\_Case Names}, author={Müller, Anna and Smith, Bob},
  year={2020}, journal={Journal of Tests}}
@article{smith2021, title={Learning 100 Snakes Casually}, author={Smith, Bob}, year={2021}}
@article{zhang2019, title={Offline Policies}, author={Zhang, Wei}, year={2019},
  abstract={We look at snakes and learning from their moves in offline data.}}
@article{crema2018, title={Crème Brûlée Policies}, author={Dupont, Élise}, year={2018}}
`;

async function library() {
  const { db } = tempLibrary();
  await commitImport(db, BIB);
  const idOf = (key: string) =>
    db.prepare('SELECT id FROM papers WHERE citekey = ?').pluck().get(key) as number;
  return { db, idOf };
}

const titlesOf = (db: LibraryDb, ids: Float64Array) =>
  [...ids].map((id) => db.prepare('SELECT title FROM papers WHERE id = ?').pluck().get(id) as string);

describe('the interim search (titles and first authors, from SQLite)', () => {
  it('finds papers whose title or first author holds every word, any case, in title order', async () => {
    const { db } = await library();
    const found = interimRank(db, { query: 'LEARNING snake' });
    expect(titlesOf(db, found.ids)).toEqual([
      'Learning 100 Snakes Casually',
      'Learning 100% of the Snake_Case Names',
    ]);
    expect(found).toMatchObject({ total: 2, totalIsExact: true, partial: true });
    // Every word must match: "offline" is in neither of those titles.
    expect(interimRank(db, { query: 'learning offline' }).total).toBe(0);
    // The abstract is not read: "moves" is only in an abstract.
    expect(interimRank(db, { query: 'moves' }).total).toBe(0);
  });

  it('lists papers of one title (case aside) by id, the paper added first, whatever changed since', async () => {
    const { db, idOf } = await library();
    const [earlier, later] = [idOf('zhang2019'), idOf('crema2018')];
    expect(earlier).toBeLessThan(later);
    // The later paper's title sorts first byte by byte: only case folded, then id, puts the earlier first.
    editPaper(db, later, { title: 'OFFLINE POLICIES' });
    // The earlier paper changed last: its row is the newest, its place in the index would be too.
    setStatus(db, [earlier], 'read');
    editPaper(db, earlier, { title: 'offline policies' });
    expect([...interimRank(db, { query: 'offline policies' }).ids]).toEqual([earlier, later]);
  });

  it('matches the first author, with accents and case folded as the index folds them', async () => {
    const { db, idOf } = await library();
    expect([...interimRank(db, { query: 'muller' }).ids]).toEqual([idOf('muller2020')]);
    expect([...interimRank(db, { query: 'author:dupont' }).ids]).toEqual([idOf('crema2018')]);
    expect([...interimRank(db, { query: 'creme brulee' }).ids]).toEqual([idOf('crema2018')]);
    // Only the first author is kept in author_sort: Smith, second on muller2020, finds smith2021 alone.
    expect([...interimRank(db, { query: 'smith' }).ids]).toEqual([idOf('smith2021')]);
  });

  it('escapes % and _ so they stand for themselves', async () => {
    const { db } = await library();
    const like = (text: string, pattern: string) =>
      db.prepare(`SELECT ? LIKE ? ESCAPE '\\'`).pluck().get(text, pattern) as number;
    expect(containsPattern('100%_\\')).toBe('%100\\%\\_\\\\%');
    expect(like('Learning 100% of it', containsPattern('100%'))).toBe(1);
    expect(like('Learning 1000 of it', containsPattern('100%'))).toBe(0);
    expect(like('snake_case', containsPattern('e_c'))).toBe(1);
    expect(like('snakeXcase', containsPattern('e_c'))).toBe(0);
    expect(like('a\\b', containsPattern('a\\b'))).toBe(1);
  });

  it('applies status, tag, year, venue and -word, and counts every match beyond the limit', async () => {
    const { db, idOf } = await library();
    setStatus(db, [idOf('smith2021')], 'read');
    addTags(db, [idOf('muller2020'), idOf('zhang2019')], ['rl']);
    const ids = (request: Parameters<typeof interimRank>[1]) => [...interimRank(db, request).ids];
    expect(ids({ query: 'learning', status: 'read' })).toEqual([idOf('smith2021')]);
    expect(ids({ query: 'learning status:unread' })).toEqual([idOf('muller2020')]);
    expect(ids({ query: 'learning', tag: 'RL' })).toEqual([idOf('muller2020')]);
    expect(ids({ query: 'policies tag:rl' })).toEqual([idOf('zhang2019')]);
    expect(ids({ query: 'learning year:2021..' })).toEqual([idOf('smith2021')]);
    expect(ids({ query: 'learning venue:"journal of tests"' })).toEqual([idOf('muller2020')]);
    expect(ids({ query: 'learning -casually' })).toEqual([idOf('muller2020')]);
    const limited = interimRank(db, { query: 'learning', limit: 1 });
    expect(limited.ids).toHaveLength(1);
    expect(limited.total).toBe(2);
  });

  it('without countAll, stops one past the limit and says the total is at least the limit', async () => {
    const { db } = await library();
    const first = interimRank(db, { query: 'learning', limit: 1 }, { countAll: false });
    expect([...first.ids]).toEqual([...interimRank(db, { query: 'learning' }).ids].slice(0, 1));
    expect(first).toMatchObject({ total: 1, totalIsExact: false, partial: true });
    // Within the limit the scan went through every paper: the total is exact.
    const all = interimRank(db, { query: 'learning', limit: 2 }, { countAll: false });
    expect(all).toMatchObject({ total: 2, totalIsExact: true });
  });

  it('lists the papers a query of filters alone asks for, whichever filter it is', async () => {
    const { db, idOf } = await library();
    setStatus(db, [idOf('zhang2019')], 'reading');
    const ids = (query: string) => [...interimRank(db, { query }).ids];
    expect(ids('year:2019')).toEqual([idOf('zhang2019')]);
    expect(ids('status:reading')).toEqual([idOf('zhang2019')]);
    expect(ids('-learning')).toEqual([idOf('crema2018'), idOf('zhang2019')]);
    expect(ids('-learning -offline')).toEqual([idOf('crema2018')]);
  });

  it('finds nothing for a query of stopwords alone, and passes on what was wrong with the query', async () => {
    const { db } = await library();
    expect(interimRank(db, { query: 'the of' }).total).toBe(0);
    const odd = interimRank(db, { query: 'learning year:abc' });
    expect(odd.total).toBe(2);
    expect(odd.problems).toHaveLength(1);
    expect(odd.marks.terms).toEqual(['learning']);
  });

  it('reads the covering title index and the first-author table, never the papers table', async () => {
    const { db } = await library();
    const where = interimConditions(parseQuery('learning snake status:unread'), { query: '' });
    if (!where) throw new Error('expected conditions');
    registerFolding(db);
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${interimSql(where)}`).all(...where.params) as { detail: string }[]
    )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('SCAN papers USING COVERING INDEX papers_by_title');
    // author_sort holds just the first author's name, title and status: the same bytes as its index.
    const scans = plan.split('\n').filter((line) => line.startsWith('SCAN'));
    expect(
      scans.every((line) => /^SCAN (papers USING COVERING INDEX papers_by_title|author_sort)/.test(line)),
    ).toBe(true);
    expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
  });

  it("marks the query's words in the open paper's title, and nothing in its abstract yet", async () => {
    const { db, idOf } = await library();
    expect(interimHighlights(db, idOf('zhang2019'), 'offline snakes')).toEqual({
      titleRanges: [[0, 7]],
      abstractRanges: [],
    });
    expect(interimHighlights(db, 999_999, 'offline')).toEqual({ titleRanges: [], abstractRanges: [] });
  });
});
