import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SNAPSHOT_FORMAT,
  decodeSnapshot,
  encodeSnapshot,
  readSnapshot,
} from '../../main/search/indexSnapshot';
import { FilePostings, POSTING_BLOCK } from '../../main/search/savedPostings';
import { AsciiColumn } from '../../main/search/docColumns';
import { useTempDir } from '../fixtures/tempLibrary';
import { highlight } from '../../main/search/highlight';
import { SearchIndex, type SearchDocument } from '../../main/search/SearchIndex';
import { syntheticLibrary } from '../bench/syntheticLibrary';

const tempDir = useTempDir();
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

/** The index saved and loaded again, reading abstracts and notes from `docs`. */
function roundTrip(index: SearchIndex, docs: readonly SearchDocument[]): { loaded: SearchIndex } {
  const saved = decodeSnapshot(encodeSnapshot(index.exportState(), STAMP), 'lib');
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const loaded = SearchIndex.fromState(saved!.state, (id) => ({
    abstract: byId.get(id)?.abstract ?? '',
    notes: byId.get(id)?.notes ?? '',
  }));
  return { loaded };
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

  it("cuts a paper's title, authors and venue from the file's bytes, decoding no whole column of them", () => {
    const docs = syntheticLibrary(600);
    const built = indexOver(docs);
    const file = join(tempDir(), 'library.sqlite.search-index');
    writeFileSync(file, encodeSnapshot(built.exportState(), STAMP));
    for (const saved of [readSnapshot(file, 'lib'), decodeSnapshot(readFileSync(file), 'lib')]) {
      const { titles, authors, venues } = saved!.state.docs;
      const columns = [titles, authors, venues];
      for (const column of columns) expect(column).toBeInstanceOf(AsciiColumn);
      const loaded = SearchIndex.fromState(saved!.state, (id) => ({
        abstract: docs.find((doc) => doc.id === id)?.abstract ?? '',
        notes: docs.find((doc) => doc.id === id)?.notes ?? '',
      }));
      for (const query of ['policy', 'venue:icml agent', `"${docs[7]!.title}"`])
        expect(loaded.search(query, { limit: 10 }), query).toEqual(built.search(query, { limit: 10 }));
      expect(columns.map((column) => (column as AsciiColumn).decodedWhole)).toEqual([false, false, false]);
      // Saved again, it writes the same bytes.
      expect(encodeSnapshot(loaded.exportState(), STAMP).equals(readFileSync(file))).toBe(true);
    }
  });

  it('makes no paper into an object at load, and only those a query or a hit asks for after', () => {
    const docs = syntheticLibrary(600);
    const { loaded } = roundTrip(indexOver(docs), docs);
    expect(loaded.size).toBe(600);
    expect(loaded.hasDocument(docs[5]!.id)).toBe(true);
    expect(loaded.hasDocument(-1)).toBe(false);
    expect(loaded.papersMade).toBe(0);
    expect(loaded.postingListsCut).toBe(0);
    // Ranking, filters on status, year and tag, and counting read the columns, not objects.
    const counted = loaded.search('tag:topic-1 status:unread policy', { limit: 0 });
    expect(counted.total).toBeGreaterThan(0);
    expect(loaded.papersMade).toBe(0);
    const page = loaded.search('policy', { limit: 5 });
    expect(page.total).toBeGreaterThan(5);
    expect(loaded.papersMade).toBeLessThanOrEqual(5);
    loaded.highlightPaper(page.hits[0]!.id, 'policy');
    expect(loaded.papersMade).toBeLessThanOrEqual(5);
    // Only the postings of the query's terms (and those of terms tried for it) are read.
    expect(loaded.postingListsCut).toBeGreaterThan(0);
    expect(loaded.postingListsCut).toBeLessThan(100);
  });

  it('saves, unchanged since it was loaded, the same snapshot as the index it was saved from', () => {
    const docs = syntheticLibrary(600);
    const built = indexOver(docs);
    const { loaded } = roundTrip(built, docs);
    loaded.search('policy value', { limit: 5 });
    const again = encodeSnapshot(loaded.exportState(), STAMP);
    expect(again.equals(encodeSnapshot(built.exportState(), STAMP))).toBe(true);
  });

  it('ranks many hits without making them, and its marks highlight any hit as the hits do', () => {
    const docs = syntheticLibrary(600);
    const built = indexOver(docs);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    for (const query of ['policy', 'ploicy value', '"reinforcement learning"', 'tag:topic-1 agent', 'rein']) {
      const { loaded } = roundTrip(built, docs);
      const ranked = loaded.search(query, { limit: 500, titleRanges: false });
      expect(ranked.hits.length, query).toBeGreaterThan(0);
      // A phrase is checked in the papers' text, which makes them; words and filters make none.
      if (!query.includes('"')) expect(loaded.papersMade, query).toBe(0);
      const marked = built.search(query, { limit: 500 });
      expect(ranked.hits.map(({ id, score }) => [id, score])).toEqual(
        marked.hits.map(({ id, score }) => [id, score]),
      );
      expect(ranked.total).toBe(marked.total);
      const terms = new Set(ranked.marks?.terms);
      const phrases = ranked.marks?.phrases ?? [];
      for (const hit of marked.hits)
        expect(highlight(byId.get(hit.id)!.title, terms, phrases), query).toEqual(hit.titleRanges);
    }
  });

  it('answers and highlights as a built index after papers are added to and removed from the loaded one', () => {
    const docs = syntheticLibrary(600);
    const built = indexOver(docs);
    const { loaded } = roundTrip(built, docs);
    const extra = { ...docs[7]!, id: 9001, title: 'Zeta Policy Reanalysis', tags: ['Fresh', 'rl'] };
    for (const index of [built, loaded]) {
      for (const doc of docs.slice(100, 140)) index.remove(doc.id);
      index.add({ ...docs[200]!, title: 'Policy Über Zeta', tags: ['Fresh'] });
      index.add(extra);
      index.remove(docs[300]!.id);
    }
    expect(loaded.size).toBe(built.size);
    expect(loaded.hasDocument(docs[120]!.id)).toBe(false);
    expect(loaded.hasDocument(9001)).toBe(true);
    const queries = [
      'zeta',
      'policy',
      'tag:fresh',
      'tag:rl -policy',
      'plicy',
      '"policy uber"',
      'status:read agent',
    ];
    for (const query of queries) {
      const answer = built.search(query, { limit: 30 });
      expect(loaded.search(query, { limit: 30 }), query).toEqual(answer);
      for (const hit of answer.hits.slice(0, 3))
        expect(loaded.highlightPaper(hit.id, query), query).toEqual(built.highlightPaper(hit.id, query));
    }
  });

  it('takes papers into a loaded index without copying the saved lists of the words they share', () => {
    const docs = syntheticLibrary(2000);
    const built = indexOver(docs.slice(0, 1800));
    const { loaded } = roundTrip(built, docs);
    // As a search catching up after a pasted page: new papers, and one paper changed.
    const later = [...docs.slice(1800), { ...docs[3]!, title: 'Policy Zeta Again', tags: ['Fresh'] }];
    for (const index of [built, loaded]) {
      for (const doc of later) index.add(doc);
      // Removed, added back and removed again: found where it was last added each time.
      index.remove(docs[9]!.id);
      index.add(docs[9]!);
      index.remove(docs[9]!.id);
      index.remove(docs[1850]!.id);
    }
    expect(loaded.size).toBe(built.size);
    expect(loaded.hasDocument(docs[9]!.id)).toBe(false);
    expect(loaded.hasDocument(docs[3]!.id)).toBe(true);
    expect(loaded.postingsCopied).toBe(0);
    // Nor reads them: what is added waits in tails until a query reads the list.
    expect(loaded.postingListsCut).toBe(0);
    for (const query of [
      'policy',
      'zeta',
      'zet',
      'agai',
      'tag:fresh',
      'agent value',
      'ploicy',
      'rein',
      'tag:topic-1 -policy',
    ])
      expect(loaded.search(query, { limit: 30 }), query).toEqual(built.search(query, { limit: 30 }));
    const again = encodeSnapshot(loaded.exportState(), STAMP);
    expect(again.equals(encodeSnapshot(built.exportState(), STAMP))).toBe(true);
  });

  it('catches up a snapshot saved after edits without a map of every paper by id', () => {
    const docs = syntheticLibrary(2000);
    const built = indexOver(docs.slice(0, 1900));
    // Edits caught up before the save: a paper changed moves to the end, one removed leaves a hole.
    built.add({ ...docs[3]!, title: 'Policy Zeta Moved' });
    built.remove(docs[9]!.id);
    const { loaded } = roundTrip(built, docs);
    // As a search catching up after a pasted page and a triage key.
    for (const index of [built, loaded]) {
      for (const doc of docs.slice(1900)) index.add(doc);
      index.add({ ...docs[5]!, status: 'read' });
      index.add({ ...docs[3]!, title: 'Policy Zeta Moved Again' });
      index.remove(docs[1950]!.id);
    }
    // The papers added since the load, and the one saved out of order: not 2,000.
    expect(loaded.papersInIdMap).toBeLessThanOrEqual(102);
    for (const doc of docs)
      expect(loaded.hasDocument(doc.id), String(doc.id)).toBe(built.hasDocument(doc.id));
    expect(loaded.hasDocument(docs[9]!.id)).toBe(false);
    expect(loaded.size).toBe(built.size);
    for (const query of ['policy', 'zeta moved', 'status:read', 'agent value', 'ploicy'])
      expect(loaded.search(query, { limit: 30 }), query).toEqual(built.search(query, { limit: 30 }));
    expect(
      encodeSnapshot(loaded.exportState(), STAMP).equals(encodeSnapshot(built.exportState(), STAMP)),
    ).toBe(true);
  });

  it("keeps the completions of a word in the most papers without reading every completion's postings", () => {
    const docs = syntheticLibrary(400).map((doc, at) => ({
      ...doc,
      // 150 completions of "zeta", in one to three papers each (the papers with one in common).
      title: `${doc.title} zeta zeta${String.fromCharCode(97 + (at % 26))}${Math.floor(at / 26) % 6}`,
    }));
    const built = indexOver(docs);
    const { loaded } = roundTrip(built, docs);
    for (const query of ['zeta', 'policy zet'])
      expect(loaded.search(query, { limit: 30 }), query).toEqual(built.search(query, { limit: 30 }));
    // Ranked by how many papers hold them (known from the offsets), and only the fifty kept are read.
    expect(loaded.postingListsCut).toBeLessThanOrEqual(60);
  });

  it('finds the words of papers added to a loaded index by their start, once each', () => {
    const docs = syntheticLibrary(300);
    const built = indexOver(docs);
    const { loaded } = roundTrip(built, docs);
    const late = { ...docs[4]!, id: 7001, title: 'Zymurgy of Zymase Zymogens', tags: ['zymology'] };
    for (const index of [built, loaded]) index.add(late);
    for (const query of ['zym', 'zymo', 'zymurg', 'tag:zymology zym'])
      expect(loaded.search(query, { limit: 10 }), query).toEqual(built.search(query, { limit: 10 }));
    expect(loaded.search('zym', { limit: 10 }).hits.map((hit) => hit.id)).toEqual([7001]);
  });

  it('answers as a built index after enough removals on the loaded one to compact it', () => {
    const docs = syntheticLibrary(2400);
    const built = indexOver(docs);
    const { loaded } = roundTrip(built, docs);
    for (const index of [built, loaded]) {
      for (const doc of docs.slice(0, 1100)) index.remove(doc.id);
      index.add({ ...docs[5]!, title: 'Zeta Policy Again', tags: ['Fresh'] });
    }
    expect(loaded.size).toBe(built.size);
    for (const query of ['policy', 'zeta', 'tag:fresh', 'tag:topic-2 value', 'ploicy'])
      expect(loaded.search(query, { limit: 30 }), query).toEqual(built.search(query, { limit: 30 }));
  });

  it('is read from its file without its postings, and a query reads only the blocks of its own terms', () => {
    const docs = syntheticLibrary(3000);
    const built = indexOver(docs);
    const file = join(tempDir(), 'library.sqlite.search-index');
    writeFileSync(file, encodeSnapshot(built.exportState(), STAMP));
    const saved = readSnapshot(file, 'lib');
    const postings = saved?.state.postings;
    expect(postings).toBeInstanceOf(FilePostings);
    const fromFile = postings as FilePostings;
    expect(fromFile.length).toBeGreaterThan(POSTING_BLOCK * 8);
    expect(fromFile.bytesRead).toBe(0);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    const loaded = SearchIndex.fromState(saved!.state, (id) => ({
      abstract: byId.get(id)?.abstract ?? '',
      notes: byId.get(id)?.notes ?? '',
    }));
    // A word of one title: its list, and those of the few terms it starts, are read.
    const word = (docs[17]!.title.match(/[a-z]{8,}/gi) ?? ['policy'])[0].toLowerCase();
    expect(loaded.search(word, { limit: 10 })).toEqual(built.search(word, { limit: 10 }));
    expect(fromFile.bytesRead).toBeGreaterThan(0);
    expect(fromFile.bytesRead).toBeLessThan((fromFile.length * 4) / 4);
    expect(loaded.search('ploicy', { limit: 10 })).toEqual(built.search('ploicy', { limit: 10 }));
    // Saving it again reads the rest once, and writes the same snapshot.
    expect(encodeSnapshot(loaded.exportState(), STAMP).equals(readFileSync(file))).toBe(true);
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
