import { describe, expect, it } from 'vitest';
import { commitImport } from '../../main/library/importText';
import { redo, undo } from '../../main/library/undo';
import { SearchService } from '../../main/search/SearchService';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const EXPORT = JSON.stringify({
  format: 'shelfmark-library',
  version: 2,
  papers: [
    {
      title: 'Kiwi Policies',
      creators: [
        { role: 'author', family: 'Quokkason', given: 'Ada', particle: null, suffix: null, literal: null },
      ],
      year: 2024,
      tags: ['orchard'],
      notes: [{ body: 'compare with papaya', quote: null }],
    },
  ],
});

/** An import's log rows carry only paper ids; the index must still follow the import, its undo and redo. */
describe('SearchService over the lean import log', () => {
  it('finds an imported paper by title, author, tag and note, loses it on undo and finds it on redo', async () => {
    const { db } = tempLibrary();
    const service = new SearchService(db);
    const find = (query: string) => service.search({ query }).hits.length;
    expect(find('kiwi')).toBe(0);
    await commitImport(db, EXPORT);
    for (const query of ['kiwi', 'quokkason', 'tag:orchard', 'papaya']) expect(find(query)).toBe(1);
    undo(db);
    for (const query of ['kiwi', 'quokkason', 'tag:orchard', 'papaya']) expect(find(query)).toBe(0);
    redo(db);
    for (const query of ['kiwi', 'quokkason', 'tag:orchard', 'papaya']) expect(find(query)).toBe(1);
  });
});
