import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, decodeSnapshot, encodeSnapshot } from '../../main/search/indexSnapshot';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { syntheticLibrary } from '../bench/syntheticLibrary';

const STAMP = { library: 'lib', lastChange: 7, lastReplay: 2, logMark: 'mark' };

/** An index that reads abstracts and notes by id, as the app's does, over `docs`. */
function indexOver(docs: readonly SearchDocument[]): SearchIndex {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const index = new SearchIndex({
    textOf: (id) => ({ abstract: byId.get(id)?.abstract ?? '', notes: byId.get(id)?.notes ?? '' }),
  });
  for (const doc of docs) index.add(doc);
  return index;
}

describe('the snapshot format', () => {
  it(`(format ${SNAPSHOT_FORMAT}) round-trips an index with removed papers into one that answers the same`, () => {
    const docs = syntheticLibrary(600);
    const index = indexOver(docs);
    for (const doc of docs.slice(0, 40)) index.remove(doc.id);
    index.add({ ...docs[50]!, title: 'Zeta Über naïve Reanalysis', tags: ['Ünïcode', 'rl'], year: null });
    const saved = decodeSnapshot(encodeSnapshot(index.exportState(), STAMP), 'lib');
    expect(saved?.stamp).toEqual(STAMP);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    const loaded = SearchIndex.fromState(saved!.state, (id) => ({
      abstract: byId.get(id)?.abstract ?? '',
      notes: byId.get(id)?.notes ?? '',
    }));
    expect(loaded.size).toBe(index.size);
    const queries = [
      'zeta',
      'reanalysis',
      'tag:ünïcode',
      'naive',
      'policy value',
      'ploicy',
      'rein',
      'year:2020..',
    ];
    queries.push(
      `"${docs[100]!.title.split(' ').slice(0, 2).join(' ')}"`,
      'tag:rl -policy',
      'status:read agent',
    );
    for (const query of queries)
      expect(loaded.search(query, { limit: 30 }), query).toEqual(index.search(query, { limit: 30 }));
  });

  it('is refused for another library, and when a byte is off or missing', () => {
    const bytes = encodeSnapshot(indexOver(syntheticLibrary(50)).exportState(), STAMP);
    expect(decodeSnapshot(bytes, 'lib')).not.toBeNull();
    expect(decodeSnapshot(bytes, 'other')).toBeNull();
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 5] = (flipped[bytes.length - 5] ?? 0) ^ 1;
    expect(decodeSnapshot(flipped, 'lib')).toBeNull();
    expect(decodeSnapshot(bytes.subarray(0, bytes.length - 1), 'lib')).toBeNull();
    // Read at an offset that is not a multiple of 8 (a Buffer from a pool): copied, then read the same.
    const shifted = Buffer.concat([Buffer.alloc(3), bytes]).subarray(3);
    expect(decodeSnapshot(shifted, 'lib')?.state.terms).toEqual(decodeSnapshot(bytes, 'lib')?.state.terms);
  });
});
