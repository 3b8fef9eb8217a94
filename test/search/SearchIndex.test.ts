import { describe, expect, it } from 'vitest';
import { SearchIndex, highlight, type SearchDocument } from '../../main/search/SearchIndex';

function doc(id: number, fields: Partial<SearchDocument>): SearchDocument {
  return { id, title: '', abstract: '', notes: '', tags: [], status: 'unread', ...fields };
}

function ids(index: SearchIndex, query: string, options = {}) {
  return index.search(query, options).hits.map((hit) => hit.id);
}

describe('ranking', () => {
  it('puts a title match above tags, tags above notes, notes above abstract', () => {
    const index = new SearchIndex();
    index.add(doc(1, { abstract: 'about planning' }));
    index.add(doc(2, { notes: 'planning matters' }));
    index.add(doc(3, { tags: ['planning'] }));
    index.add(doc(4, { title: 'Planning' }));
    expect(ids(index, 'planning')).toEqual([4, 3, 2, 1]);
  });

  it('puts exact above prefix above fuzzy, in the same field', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Plabt trees' }));
    index.add(doc(2, { title: 'Planters of the world' }));
    index.add(doc(3, { title: 'Plant for the day' }));
    expect(ids(index, 'plant')).toEqual([3, 2, 1]);
    const fuzzyToo = new SearchIndex();
    fuzzyToo.add(doc(1, { title: 'Plannig twice' }));
    fuzzyToo.add(doc(2, { title: 'Planningfuls' }));
    fuzzyToo.add(doc(3, { title: 'Planning' }));
    expect(ids(fuzzyToo, 'planning')).toEqual([3, 2, 1]);
  });

  it('ranks papers that match more of the words higher, whatever the field', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'World models' }));
    index.add(doc(2, { abstract: 'world models for offline control' }));
    expect(ids(index, 'world models offline')).toEqual([2, 1]);
  });

  it('tolerates typos in any word', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Reinforcement Learning from Scratch' }));
    index.add(doc(2, { title: 'Cooking for Two' }));
    expect(ids(index, 'reinforcment lerning')).toEqual([1]);
  });

  it('finds a word inside a joined name, and the joined name misspelled', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'EfficientZero V2' }));
    expect(ids(index, 'zero')).toEqual([1]);
    expect(ids(index, 'efficentzero')).toEqual([1]);
  });
});

describe('narrowing', () => {
  const index = new SearchIndex();
  index.add(doc(1, { title: 'Offline world models', tags: ['RL', 'robotics'], status: 'read' }));
  index.add(doc(2, { title: 'Online world models', tags: ['rl'], status: 'unread' }));
  index.add(doc(3, { title: 'World models: a survey', tags: [], status: 'reading' }));

  it('matches a quoted phrase exactly', () => {
    expect(ids(index, '"world models a survey"')).toEqual([3]);
    expect(ids(index, '"models world"')).toEqual([]);
  });

  it('narrows by tag and status, from the query and from the sidebar', () => {
    expect(ids(index, 'world tag:rl')).toEqual([2, 1]); // equal scores: the shorter title first
    expect(ids(index, 'world tag:rl status:unread')).toEqual([2]);
    expect(ids(index, 'world', { tag: 'robotics' })).toEqual([1]);
    expect(ids(index, 'world', { status: 'reading' })).toEqual([3]);
    expect(ids(index, 'world status:read', { status: 'reading' })).toEqual([]);
  });

  it('leaves out papers with an excluded word', () => {
    expect(ids(index, 'world -survey -offline')).toEqual([2]);
  });

  it('lists every paper that passes the filters when there are no words', () => {
    expect(ids(index, 'tag:rl')).toEqual([1, 2]);
  });
});

describe('phrase-only queries', () => {
  function library() {
    const index = new SearchIndex();
    for (let id = 1; id <= 40; id += 1)
      index.add(doc(id, { title: id % 2 ? 'world models for control' : 'models of the world' }));
    index.add(doc(41, { title: 'rare', abstract: 'the models world' }));
    index.add(doc(42, { title: 'only world' }));
    return index;
  }

  it('lists papers in library order, and counts at least a full page when it stops early', () => {
    const result = library().search('"world models"', { limit: 5 });
    expect(result.hits.map((hit) => hit.id)).toEqual([1, 3, 5, 7, 9]);
    expect(result.total).toBe(5);
    expect(result.totalIsExact).toBe(false);
  });

  it('finds every paper holding the phrase, however late in the library', () => {
    const index = library();
    expect(ids(index, '"models world"', { limit: 50 })).toEqual([41]);
    expect(index.search('"world models"', { limit: 50 }).total).toBe(20);
    index.remove(3);
    expect(ids(index, '"world models"', { limit: 3 })).toEqual([1, 5, 7]);
  });
});

describe('phrases in an index that keeps no abstracts', () => {
  it("reads no abstract or note of a paper whose other fields hold all the phrase's words", () => {
    let reads = 0;
    const index = new SearchIndex({
      textOf: (id) => {
        reads += 1;
        return { abstract: id === 61 ? 'alpha gamma' : 'delta', notes: '' };
      },
    });
    for (let id = 1; id <= 60; id += 1) index.add(doc(id, { title: 'Alpha beta gamma', abstract: 'delta' }));
    index.add(doc(61, { title: 'Gamma', abstract: 'alpha gamma' }));
    const result = index.search('"alpha gamma"', { limit: 5 });
    expect(result.hits.map((hit) => hit.id)).toEqual([61]);
    expect(result.totalIsExact).toBe(true);
    expect(reads).toBe(1);
  });
});

describe('keeping up with changes', () => {
  it('finds a paper by its new text after an update, and never after removal', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Old title' }));
    index.add(doc(1, { title: 'Fresh title', notes: 'kiwi' }));
    expect(ids(index, 'old')).toEqual([]);
    expect(ids(index, 'kiwi')).toEqual([1]);
    index.remove(1);
    expect(ids(index, 'fresh')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('stays right through many removals (and the compaction they cause)', () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 3000; id += 1)
      index.add(doc(id, { title: `paper ${id} ${id % 2 ? 'odd' : 'even'}` }));
    for (let id = 1; id <= 2500; id += 1) index.remove(id);
    expect(index.search('odd', { limit: 1000 }).total).toBe(250);
    expect(ids(index, '"paper 2999"')).toEqual([2999]);
  });
});

describe('filters kept in step with changes', () => {
  it("follows a paper whose status, year and tags changed, and forgets a query's filters after it", () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Kiwi farming', status: 'unread', year: 2001, tags: ['fruit'] }));
    index.add(doc(2, { title: 'Kiwi birds', status: 'read', year: 2010, tags: ['birds'] }));
    expect(ids(index, 'kiwi status:read year:2010 tag:birds -farming')).toEqual([2]);
    index.add(doc(1, { title: 'Kiwi farming', status: 'read', year: 2010, tags: ['birds'] }));
    expect(ids(index, 'kiwi status:read year:2010 tag:birds')).toEqual([2, 1]);
    expect(ids(index, 'kiwi', { status: 'unread' })).toEqual([]);
    expect(ids(index, 'kiwi year:2001')).toEqual([]);
    // The last query's tag, author and -word filters leave nothing behind.
    expect(ids(index, 'kiwi -farming')).toEqual([2]);
    expect(ids(index, 'kiwi')).toEqual([2, 1]);
  });

  it('stays right after a compaction and in an index loaded from its saved state', () => {
    const index = new SearchIndex({ textOf: () => ({ abstract: '', notes: '' }) });
    for (let id = 1; id <= 3000; id += 1)
      index.add(doc(id, { title: `plum ${'x'.repeat(id % 7)}`, year: 1990 + (id % 30), status: 'unread' }));
    expect(index.search('plum year:2000', { limit: 1 }).total).toBe(100);
    for (let id = 1; id <= 2500; id += 1) index.remove(id);
    index.add(doc(2999, { title: 'plum', year: 1900, status: 'read' }));
    for (const each of [
      index,
      SearchIndex.fromState(index.exportState(), () => ({ abstract: '', notes: '' })),
    ]) {
      expect(each.search('plum year:2000', { limit: 1 }).total).toBe(16);
      expect(ids(each, 'plum status:read')).toEqual([2999]);
      // Shortest title first: 2999 is now just "plum".
      expect(ids(each, 'plum', { limit: 2 })).toEqual([2999, 2506]);
    }
  });

  it('finds an author whose name starts another name, in library order', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'One', authors: 'Ana Katonen' }));
    index.add(doc(2, { title: 'Two', authors: 'Bo Kato' }));
    index.add(doc(3, { title: 'Three', authors: 'Ana Katonen; Bo Kato' }));
    index.add(doc(4, { title: 'Four', authors: 'Cy Lee' }));
    expect(ids(index, 'author:kato')).toEqual([1, 2, 3]);
    expect(ids(index, 'author:ana author:kato')).toEqual([1, 3]);
  });
});

describe('highlight', () => {
  it('marks matched words and phrases by their place in the text', () => {
    const text = 'Sample-Efficient RL with World Models';
    expect(highlight(text, new Set(['world']), [])).toEqual([[25, 30]]);
    expect(highlight(text, new Set(), ['sample efficient'])).toEqual([[0, 16]]);
    expect(highlight('EfficientZero wins', new Set(['zero']), [])).toEqual([[0, 13]]);
  });
});

describe('authors, years and venues', () => {
  function library() {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Lipford gardens', year: 2010 }));
    index.add(
      doc(2, {
        title: 'Secure coding',
        authors: 'Heather Richter Lipford; Bill Chu',
        year: 2015,
        venue: 'SOUPS',
      }),
    );
    index.add(doc(3, { title: 'Planning', tags: ['lipford'], year: 2020, venue: 'NeurIPS' }));
    index.add(
      doc(4, { title: 'Planning again', authors: 'Jun Zhu', year: 2021, venue: 'Advances in NeurIPS 2021' }),
    );
    return index;
  }

  it('finds a paper by a free word in its authors, below titles and above tags', () => {
    expect(ids(library(), 'lipford')).toEqual([1, 2, 3]);
    expect(ids(library(), 'liford')).toEqual([1, 2, 3]);
  });

  it('narrows by author:, year:, a year range and venue:', () => {
    expect(ids(library(), 'author:lipford')).toEqual([2]);
    expect(ids(library(), 'author:"bill chu"')).toEqual([2]);
    expect(ids(library(), 'author:zh')).toEqual([4]);
    expect(ids(library(), 'year:2015')).toEqual([2]);
    expect(ids(library(), 'planning year:2019..2021')).toEqual([3, 4]);
    expect(ids(library(), 'year:2019..2021 venue:neurips')).toEqual([3, 4]);
    expect(ids(library(), 'venue:soups')).toEqual([2]);
    expect(ids(library(), 'venue:neur')).toEqual([]);
  });

  it('reports a malformed year and searches the rest', () => {
    const result = library().search('planning year:abc');
    expect(result.hits.map((hit) => hit.id)).toEqual([3, 4]);
    expect(result.problems).toHaveLength(1);
  });
});

describe('joined, hyphenated and spaced forms of a word', () => {
  function library() {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Model-Based Planning' }));
    index.add(doc(2, { title: 'Sample Factory: fast training' }));
    index.add(doc(3, { title: 'Efficientzero revisited' }));
    index.add(doc(4, { title: 'A model of what is based on facts' }));
    return index;
  }

  it('finds a hyphenated or spaced pair by the word written joined', () => {
    expect(ids(library(), 'modelbased')).toEqual([1]);
    expect(ids(library(), 'samplefactory')).toEqual([2]);
    expect(ids(library(), 'samplefactory training')[0]).toBe(2);
  });

  it('finds a joined word written apart too when the joined word is also in the library', () => {
    const index = library();
    index.add(doc(5, { title: 'ZetaNet for graphs' }));
    index.add(doc(6, { title: 'The Zeta Net architecture' }));
    index.add(doc(7, { title: 'Zeta functions and a net' }));
    expect(ids(index, 'zetanet').sort()).toEqual([5, 6]);
  });

  it('finds a joined word by its parts written apart', () => {
    expect(ids(library(), 'efficient zero')[0]).toBe(3);
    expect(library().search('efficient zero').hits[0]?.matchedWords).toBe(2);
  });
});

describe('highlight of joined forms', () => {
  it('marks the compound a joined query word matched', () => {
    expect(highlight('Model-Based Planning', new Set(['modelbased']), [])).toEqual([[0, 11]]);
  });
});

describe('long queries and pasted titles', () => {
  /** A small library where the common words of a long query are everywhere, misspelled or not. */
  function library() {
    const index = new SearchIndex();
    const filler = [
      'Learning to fund bags of words',
      'Using kind words to mind the gap',
      'Fine tuning with bugs in the loop',
      'How to use a static site generator',
      'An analysis of the fund market',
      'Tools used to fin bugs in hardware',
      'Wind and using the sun to find power',
      'Mining logs to fine tune models',
    ];
    filler.forEach((title, at) => index.add(doc(at + 1, { title })));
    index.add(
      doc(20, {
        title: 'A few billion lines of code later: using static analysis to find bugs in the real world',
      }),
    );
    index.add(doc(21, { title: 'Using Static Analysis to Find Bugs' }));
    index.add(doc(22, { title: "Why don't developers use static analysis tools to find bugs?" }));
    return index;
  }

  it('puts a whole title pasted into the box first', () => {
    expect(ids(library(), 'Using Static Analysis to Find Bugs')[0]).toBe(21);
    expect(ids(library(), 'using static analysis to find bugs.')[0]).toBe(21);
  });

  it('ranks papers matching every word above those matching some', () => {
    expect(ids(library(), 'Using Static Analysis to Find Bugs').slice(0, 3)).toEqual([21, 20, 22]);
  });

  it('does not let near-misses of common words flood a long query', () => {
    const result = library().search('Using Static Analysis to Find Bugs');
    // Each hit matches most of the query's words, not a stopword and two near-misses.
    expect(result.hits.map((hit) => hit.id)).toEqual([21, 20, 22]);
    expect(result.total).toBe(3);
  });

  it('takes a four-letter word as written: too many words are one edit from it', () => {
    const index = new SearchIndex();
    index.add(doc(1, { title: 'Find the gap' }));
    index.add(doc(2, { title: 'Fund the gap' }));
    expect(ids(index, 'find')).toEqual([1]);
  });

  it('still forgives typos in long words of a long query', () => {
    expect(ids(library(), 'Usng Statc Analysis to Find Bugs')[0]).toBe(21);
  });
});

describe('ties between equally ranked papers', () => {
  const textOf = () => ({ abstract: '', notes: '' });
  /** Papers 1 to 6 tie for every query below: same fields matched, same title length. */
  const walnut = (id: number, fields: Partial<SearchDocument> = {}) =>
    doc(id, { title: `Walnut study ${id}`, authors: 'Ana Kato', tags: ['nuts'], year: 2020, ...fields });
  const QUERIES: [string, number][] = [
    ['walnut', 100],
    ['walnut study', 3],
    ['author:kato', 100],
    ['tag:nuts', 4],
    ['year:2020', 100],
    // Phrase-only: stops once the page is full.
    ['"walnut study"', 2],
    ['"walnut study"', 4],
    ['"walnut study"', 100],
  ];
  const orderOf = (index: SearchIndex) => QUERIES.map(([query, limit]) => ids(index, query, { limit }));
  const byId = QUERIES.map(([, limit]) => [1, 2, 3, 4, 5, 6].slice(0, limit));

  function fresh(): SearchIndex {
    const index = new SearchIndex({ textOf });
    for (let id = 1; id <= 6; id += 1) index.add(walnut(id));
    return index;
  }

  /** Earlier papers re-indexed (a status change, a note): they enter the index again at its end. */
  function reindexEarlierPapers(index: SearchIndex): SearchIndex {
    index.add(walnut(2, { status: 'reading' }));
    index.add(walnut(1, { notes: 'cracked' }));
    index.add(walnut(4, { status: 'read' }));
    return index;
  }

  it('go by paper id (the paper added first), not by when the index last took the paper in', () => {
    expect(orderOf(fresh())).toEqual(byId);
    expect(orderOf(reindexEarlierPapers(fresh()))).toEqual(byId);
    expect(ids(reindexEarlierPapers(fresh()), 'walnut status:reading')).toEqual([2]);
  });

  it('go by paper id in an index loaded from a snapshot, and caught up after it', () => {
    const saved = reindexEarlierPapers(fresh()).exportState();
    const loaded = SearchIndex.fromState(saved, textOf);
    expect(orderOf(loaded)).toEqual(byId);
    loaded.add(walnut(3, { status: 'read' }));
    loaded.add(walnut(1, { status: 'read' }));
    expect(orderOf(loaded)).toEqual(byId);
    const loadedFresh = SearchIndex.fromState(fresh().exportState(), textOf);
    loadedFresh.add(walnut(5, { status: 'read' }));
    expect(orderOf(loadedFresh)).toEqual(byId);
  });

  it('go by paper id after a compaction renumbers the papers', () => {
    const index = reindexEarlierPapers(fresh());
    for (let id = 100; id < 1400; id += 1) index.add(doc(id, { title: 'Filler' }));
    for (let id = 100; id < 1400; id += 1) index.remove(id);
    expect(orderOf(index)).toEqual(byId);
    index.add(walnut(6, { status: 'read' }));
    expect(orderOf(index)).toEqual(byId);
  });
});
