import { describe, expect, it } from 'vitest';
import { commitImport } from '../../main/library/importText';
import { warmUpQueries } from '../../main/search/warmUpQueries';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const bib = (titles: string[]) =>
  titles.map((title, n) => `@article{p${n}, title={${title}}, year={2020}}`).join('\n');

describe('the warm-up searches', () => {
  it("are words of the library's titles: rare ones first, a few middling, then the commonest twice", async () => {
    const { db } = tempLibrary();
    await commitImport(
      db,
      bib([
        'Alpha Planning with Models',
        'Bravo Planning and Learning',
        'Charlie Planning Learning',
        'Delta Planning Learning',
        'Echo Learning',
        'Foxtrot Planning',
      ]),
    );
    // Read newest first: "foxtrot" is the first rare word met.
    expect(warmUpQueries(db)).toEqual([
      'foxtrot',
      'echo',
      'delta',
      'charlie',
      'learning',
      'planning',
      'planning',
    ]);
  });

  it('skip stopwords, short words and numbers, and are none when nothing is left', async () => {
    const { db } = tempLibrary();
    expect(warmUpQueries(db)).toEqual([]);
    await commitImport(db, bib(['What is it for 2020', 'Go to it with 2020']));
    expect(warmUpQueries(db)).toEqual([]);
  });
});
