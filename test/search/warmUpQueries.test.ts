import { describe, expect, it } from 'vitest';
import { commitImport } from '../../main/library/importText';
import { warmUpQueries } from '../../main/search/warmUpQueries';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const bib = (titles: string[]) =>
  titles.map((title, n) => `@article{p${n}, title={${title}}, year={2020}}`).join('\n');

describe('the warm-up searches', () => {
  it("are the library's most common title word whole, its first letters, then whole again", async () => {
    const { db } = tempLibrary();
    await commitImport(
      db,
      bib([
        'Planning with Models',
        'Offline Policy Learning',
        'Planning Under Uncertainty',
        'Model Planning',
      ]),
    );
    expect(warmUpQueries(db)).toEqual(['planning', 'pla', 'planning']);
  });

  it('skip stopwords, short words and numbers, and are none when nothing is left', async () => {
    const { db } = tempLibrary();
    expect(warmUpQueries(db)).toEqual([]);
    await commitImport(db, bib(['What is it for 2020', 'Go to it with 2020']));
    expect(warmUpQueries(db)).toEqual([]);
  });
});
