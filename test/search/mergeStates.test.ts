import { describe, expect, it } from 'vitest';
import { encodeSnapshot } from '../../main/search/indexSnapshot';
import { mergeStates } from '../../main/search/mergeStates';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { syntheticLibrary } from '../bench/syntheticLibrary';

const STAMP = { library: 'lib', lastChange: 1, lastReplay: 0, logMark: '' };

function built(docs: readonly SearchDocument[]) {
  const index = new SearchIndex({ textOf: () => ({ abstract: '', notes: '' }) });
  for (const doc of docs) index.add(doc);
  return index.exportState();
}

describe('merging two halves built apart', () => {
  it('gives byte for byte the snapshot one build of all the papers gives', () => {
    const docs = syntheticLibrary(700).map((doc, at) =>
      // Tags first met in the second half, words only in one half, and a paper without tags.
      at === 400
        ? { ...doc, title: 'Zyzzyva Über Policy', tags: ['Late Tag', ...doc.tags] }
        : at === 10
          ? { ...doc, tags: [] }
          : doc,
    );
    for (const cut of [1, 350, 699]) {
      const merged = mergeStates(built(docs.slice(0, cut)), built(docs.slice(cut)));
      expect(encodeSnapshot(merged, STAMP).equals(encodeSnapshot(built(docs), STAMP)), `cut ${cut}`).toBe(
        true,
      );
    }
  });

  it('answers as the whole build does', () => {
    const docs = syntheticLibrary(300);
    const merged = mergeStates(built(docs.slice(0, 120)), built(docs.slice(120)));
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    const textOf = (id: number) => ({
      abstract: byId.get(id)?.abstract ?? '',
      notes: byId.get(id)?.notes ?? '',
    });
    const whole = new SearchIndex({ textOf });
    for (const doc of docs) whole.add(doc);
    const loaded = SearchIndex.fromState(merged, textOf);
    for (const query of ['policy', 'ploicy value', 'tag:topic-1 agent', 'rein', '"reinforcement learning"'])
      expect(loaded.search(query, { limit: 20 }), query).toEqual(whole.search(query, { limit: 20 }));
  });
});
