import { describe, expect, it, vi } from 'vitest';
import { editPaper } from '../../main/library/editPaper';
import { loadAllDocuments, loadDocuments } from '../../main/search/searchDocuments';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const seededLibrary = useSeededLibrary();

describe('searchDocuments', () => {
  it('loads authors in order, the year and the venue with each paper', () => {
    const { db, ids } = seededLibrary();
    editPaper(db, ids[0], {
      creators: [
        { role: 'author', name: 'Heather Richter Lipford' },
        { role: 'author', name: 'van der Berg, Jr., Anna' },
        { role: 'author', name: '{OpenAI}' },
      ],
      year: 2015,
      booktitle: 'SOUPS',
    });
    const [doc] = loadDocuments(db, [ids[0]]);
    expect(doc).toMatchObject({
      authors: 'Heather Richter Lipford; Anna van der Berg Jr.; OpenAI',
      year: 2015,
      venue: 'SOUPS',
    });
    expect(loadAllDocuments(db).find((each) => each.id === ids[1])).toMatchObject({ authors: '', venue: '' });
  });

  it('reads any number of papers with one statement run once, not one per paper', () => {
    const { db, ids } = seededLibrary();
    let runs = 0;
    const prepare = db.prepare.bind(db);
    vi.spyOn(db, 'prepare').mockImplementation((source: string) => {
      const statement = prepare(source);
      for (const method of ['get', 'all', 'iterate'] as const) {
        const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          runs += 1;
          return original(...args);
        };
      }
      return statement;
    });
    const docs = loadDocuments(db, [...ids, 999_999]);
    expect(docs.map((doc) => doc.id).sort()).toEqual([...ids].sort());
    expect(runs).toBe(1);
  });
});
