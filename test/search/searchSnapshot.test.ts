import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import { deletePapers } from '../../main/library/deletePapers';
import { editPaper } from '../../main/library/editPaper';
import { commitImport } from '../../main/library/importText';
import { addNote } from '../../main/library/notes';
import { moveInQueue, setStatus } from '../../main/library/queues';
import { addTags } from '../../main/library/tags';
import { UNDO_DEPTH, redo, undo } from '../../main/library/undo';
import { SNAPSHOT_FORMAT, readSnapshot } from '../../main/search/indexSnapshot';
import { SearchIndex } from '../../main/search/SearchIndex';
import { loadAllDocuments } from '../../main/search/searchDocuments';
import { SearchService, snapshotPathFor } from '../../main/search/SearchService';
import { describeWithSample } from '../fixtures/sampleSuite';
import { readSample } from '../fixtures/samples';
import { useSeededLibrary } from '../fixtures/seedLibrary';
import { useTempDir } from '../fixtures/tempLibrary';
import { LIBRARY_RELEVANCE, RELEVANCE } from './relevanceSet';

const seededLibrary = useSeededLibrary();
const tempDir = useTempDir();

function serviceOn(db: LibraryDb, path: string): SearchService {
  return new SearchService(db, { snapshotPath: snapshotPathFor(path) });
}

const ids = (service: SearchService, query: string) => service.search({ query }).hits.map((hit) => hit.id);

/** A library with a saved snapshot, and a second connection to it (another process, in effect). */
function savedLibrary() {
  const { db, path, ids: seeded } = seededLibrary();
  const first = serviceOn(db, path);
  expect(ids(first, 'zeta')).toEqual([seeded[0]]);
  expect(first.origin).toBe('built');
  expect(first.save()).toBe(true);
  return { db, path, seeded, other: openLibrary(path) };
}

describe('the search snapshot', () => {
  it('is written beside the library and loaded instead of rebuilding', () => {
    const { path, seeded, other } = savedLibrary();
    expect(existsSync(`${path}.search-index`)).toBe(true);
    const next = serviceOn(other, path);
    expect(ids(next, 'zeta')).toEqual([seeded[0]]);
    expect(next.origin).toBe('loaded');
    expect(next.builds).toBe(0);
    other.close();
  });

  it('is caught up with changes another connection made after it was saved', async () => {
    const { db, path, seeded, other } = savedLibrary();
    addTags(db, [seeded[1]], ['persimmon']);
    addNote(db, seeded[2], 'a note about quince');
    editPaper(db, seeded[0], { title: 'Renamed Walnut Paper' });
    await commitImport(db, 'Kiwi Fruit Reinforcement');
    deletePapers(db, [seeded[2]]);
    undo(db);
    const next = serviceOn(other, path);
    expect(ids(next, 'persimmon')).toEqual([seeded[1]]);
    expect(ids(next, 'quince')).toEqual([seeded[2]]);
    expect(ids(next, 'walnut')).toEqual([seeded[0]]);
    expect(ids(next, 'kiwi')).toHaveLength(1);
    expect(next.origin).toBe('loaded');
    expect(next.builds).toBe(0);
    other.close();
  });

  it('is saved with the changes made since its last query: a window closed after a paste saves the pasted papers', async () => {
    const { db, path, other } = savedLibrary();
    const first = serviceOn(db, path);
    expect(ids(first, 'zeta')).toHaveLength(1);
    await commitImport(other, 'Kiwi Fruit Reinforcement');
    addTags(other, [ids(first, 'zeta')[0] ?? 0], ['persimmon']);
    // No query since the changes: the save takes them in first.
    expect(first.save()).toBe(true);
    const identity = JSON.stringify([resolve(path), other.pragma('user_version', { simple: true })]);
    const last = other.prepare('SELECT max(id) FROM operation_changes').pluck().get();
    expect(readSnapshot(snapshotPathFor(path) ?? '', identity)?.stamp.lastChange).toBe(last);
    const next = serviceOn(other, path);
    expect(ids(next, 'kiwi')).toHaveLength(1);
    expect(ids(next, 'persimmon')).toHaveLength(1);
    expect(next.origin).toBe('loaded');
    other.close();
  });

  it('of an older format is not read but rebuilt', () => {
    const { path, seeded, other } = savedLibrary();
    const file = `${path}.search-index`;
    const bytes = readFileSync(file);
    const older = bytes
      .toString('latin1')
      .replace(`"format":${SNAPSHOT_FORMAT}`, `"format":${SNAPSHOT_FORMAT - 1}`);
    expect(older).not.toBe(bytes.toString('latin1'));
    writeFileSync(file, Buffer.from(older, 'latin1'));
    const next = serviceOn(other, path);
    expect(ids(next, 'zeta')).toEqual([seeded[0]]);
    expect(next.origin).toBe('built');
    other.close();
  });

  it('answers right when a block of its postings is damaged: found when read, and rebuilt', () => {
    const { path, other } = savedLibrary();
    const expected = ids(serviceOn(other, path), 'paper');
    expect(expected.length).toBeGreaterThan(0);
    // The postings are the file's last section: its last bytes are a posting (or the padding after them).
    const file = `${path}.search-index`;
    const bytes = readFileSync(file);
    for (let at = bytes.length - 12; at < bytes.length; at += 1) bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const next = serviceOn(other, path);
    expect(ids(next, 'paper')).toEqual(expected);
    expect(next.builds).toBe(1);
    other.close();
  });

  it('loads again, not rebuilds, when another process saved over the snapshot it reads postings from', async () => {
    const { db, path, seeded, other } = savedLibrary();
    const reader = serviceOn(other, path);
    // Loaded, its postings still in the file: nothing read of them yet.
    expect(reader.search({ query: 'zeta', limit: 0 }).total).toBe(1);
    await commitImport(db, 'Kiwi Fruit Reinforcement');
    const writer = serviceOn(db, path);
    expect(ids(writer, 'kiwi')).toHaveLength(1);
    expect(writer.save()).toBe(true);
    expect(ids(reader, 'walnut')).toEqual(ids(writer, 'walnut'));
    expect(ids(reader, 'kiwi')).toHaveLength(1);
    expect(ids(reader, 'zeta')).toEqual([seeded[0]]);
    expect(reader.builds).toBe(0);
    other.close();
  });

  it('finds phrases in abstracts it does not keep, reading them by id', () => {
    const { db, path, other } = savedLibrary();
    const abstract = db.prepare("SELECT id, abstract FROM papers WHERE abstract <> '' LIMIT 1").get() as {
      id: number;
      abstract: string;
    };
    const phrase = abstract.abstract.split(/\s+/).slice(2, 5).join(' ');
    const next = serviceOn(other, path);
    expect(ids(next, `"${phrase}"`)).toContain(abstract.id);
    expect(next.origin).toBe('loaded');
    expect(next.highlight(abstract.id, `"${phrase}"`).abstractRanges.length).toBeGreaterThan(0);
    other.close();
  });

  it.each([
    [
      'damaged',
      (bytes: Buffer) => Buffer.from(bytes.map((byte, at) => (at === bytes.length - 3 ? byte ^ 0xff : byte))),
    ],
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 10)],
    ['not a snapshot', () => Buffer.from('hello')],
    [
      'of another format',
      (bytes: Buffer) =>
        Buffer.from(bytes.toString('latin1').replace(`"format":${SNAPSHOT_FORMAT}`, '"format":9'), 'latin1'),
    ],
  ])('is ignored and rebuilt when %s', (_, spoil) => {
    const { path, seeded, other } = savedLibrary();
    const file = `${path}.search-index`;
    writeFileSync(file, spoil(readFileSync(file)));
    const next = serviceOn(other, path);
    expect(ids(next, 'zeta')).toEqual([seeded[0]]);
    expect(next.origin).toBe('built');
    expect(next.builds).toBe(1);
    other.close();
  });

  it('of another library is ignored, even one with the same path and as many log rows', async () => {
    const { db: mine, path, other } = savedLibrary();
    other.close();
    mine.close();
    // Another library, copied over this one: the same path, a different set of papers.
    const elsewhere = join(tempDir(), 'other.sqlite');
    const db = openLibrary(elsewhere);
    await commitImport(db, 'Apricot Paper\nBanana Paper\nCherry Paper');
    db.close();
    copyFileSync(elsewhere, path);
    const replaced = openLibrary(path);
    const next = serviceOn(replaced, path);
    expect(ids(next, 'zeta')).toEqual([]);
    expect(ids(next, 'banana')).toHaveLength(1);
    expect(next.origin).toBe('built');
    replaced.close();
  });

  it('is ignored when undo replays it has not seen were dropped from the log', () => {
    const { db, path, ids: seeded } = seededLibrary();
    addTags(db, [seeded[1]], ['pecan']);
    addTags(db, [seeded[0]], ['walnut']);
    const service = serviceOn(db, path);
    expect(ids(service, 'walnut')).toEqual([seeded[0]]);
    service.save();
    undo(db);
    undo(db);
    // Enough replays of the pecan tag that the log keeps none of the walnut's undo.
    for (let at = 0; at <= UNDO_DEPTH / 2; at += 1) {
      redo(db);
      undo(db);
    }
    const other = openLibrary(path);
    const next = serviceOn(other, path);
    expect(ids(next, 'walnut')).toEqual([]);
    expect(next.origin).toBe('built');
    other.close();
  });

  it('is ignored when the library is older than it (a backup restored)', () => {
    const { db, path, ids: seeded } = seededLibrary();
    const backup = join(tempDir(), 'backup.sqlite');
    db.exec(`VACUUM INTO '${backup}'`);
    addTags(db, [seeded[0]], ['later']);
    const service = serviceOn(db, path);
    service.search({ query: 'later' });
    service.save();
    db.close();
    copyFileSync(backup, path);
    const restored = openLibrary(path);
    const next = serviceOn(restored, path);
    expect(ids(next, 'later')).toEqual([]);
    expect(next.origin).toBe('built');
    restored.close();
  });

  it('orders tied papers by id, as a fresh build does, after earlier papers were re-indexed and caught up', async () => {
    const { db, path } = seededLibrary();
    // Six papers that tie for every query below: the same fields matched, titles of one length.
    const entries = [1, 2, 3, 4, 5, 6].map(
      (n) => `@article{walnut${n}, title = {Walnut Study ${n}}, author = {Kato, Ana}, year = {2020}}`,
    );
    await commitImport(db, entries.join('\n\n'));
    const walnuts = db.prepare("SELECT id FROM papers WHERE title LIKE 'Walnut%' ORDER BY id").pluck().all();
    expect(walnuts).toHaveLength(6);
    const queries: [string, number][] = [
      ['walnut', 100],
      ['walnut study', 3],
      ['author:kato', 100],
      ['"walnut study"', 2],
      ['year:2020', 4],
    ];
    const orderOf = (service: SearchService) =>
      queries.map(([query, limit]) => service.search({ query, limit }).hits.map((hit) => hit.id));
    const byId = queries.map(([, limit]) => walnuts.slice(0, limit));
    const first = serviceOn(db, path);
    expect(orderOf(first)).toEqual(byId);
    expect(first.save()).toBe(true);
    const [one, two, , four] = walnuts as number[];
    setStatus(db, [two ?? 0], 'reading');
    addNote(db, one ?? 0, 'cracked open');
    setStatus(db, [four ?? 0, one ?? 0], 'read');
    // Caught up in memory, loaded from the snapshot and caught up, and built afresh: one order.
    expect(orderOf(first)).toEqual(byId);
    const other = openLibrary(path);
    const loaded = serviceOn(other, path);
    expect(orderOf(loaded)).toEqual(byId);
    expect(loaded.origin).toBe('loaded');
    expect(orderOf(new SearchService(other))).toEqual(byId);
    // Saved after the catch-up, and loaded again.
    expect(loaded.save()).toBe(true);
    const again = serviceOn(other, path);
    expect(orderOf(again)).toEqual(byId);
    expect(again.origin).toBe('loaded');
    other.close();
  });
});

function describeWithSamples(title: string, body: (page: string, bib: string) => void): void {
  describeWithSample('real-thesis.bib', title, (bib) => {
    const page = readSample('trending-papers.txt');
    if (page === null) it.skip('needs trending-papers.txt as well', () => {});
    else body(page, bib);
  });
}

describeWithSamples('a loaded snapshot answers as a fresh build', (page, bib) => {
  let db: LibraryDb;
  let path: string;
  beforeAll(async () => {
    path = join(tempDir(), 'library.sqlite');
    db = openLibrary(path);
    await commitImport(db, page);
    await commitImport(db, bib);
    return () => db.close();
  });

  it('gives the same hits, scores, totals and highlights on the relevance set', () => {
    const fresh = new SearchService(db);
    const saving = serviceOn(db, path);
    saving.search({ query: '' });
    saving.save();
    const loaded = serviceOn(db, path);
    const queries = [...RELEVANCE, ...LIBRARY_RELEVANCE].map(({ query }) => query);
    queries.push('"world models"', '"reinforcement learning" robot', 'tag:none', 'year:2020..');
    for (const query of queries) {
      expect(loaded.search({ query, limit: 50 }), query).toEqual(fresh.search({ query, limit: 50 }));
      const top = fresh.search({ query, limit: 1 }).hits[0];
      if (top) expect(loaded.highlight(top.id, query), query).toEqual(fresh.highlight(top.id, query));
    }
    expect(loaded.origin).toBe('loaded');
  });

  it('ranks phrases in abstracts it reads by id as an index holding the text does', () => {
    const withText = new SearchIndex();
    for (const doc of loadAllDocuments(db)) withText.add(doc);
    const service = serviceOn(db, path);
    for (const query of [
      'learning "reinforcement learning"',
      'policy "world model"',
      'agent "the"',
      '"deep learning"',
    ]) {
      const expected = withText.search(query, { limit: 5 });
      const found = service.search({ query, limit: 5 });
      expect(found.hits, query).toEqual(expected.hits);
      if (found.totalIsExact) expect(found.total, query).toBe(expected.total);
      else expect(found.total, query).toBeLessThanOrEqual(expected.total);
    }
  });
});

describe('a move between queues, caught up from the log', () => {
  it('changes the status in place: the paper is not read again, and the moved status is saved', () => {
    const { db, path, seeded, other } = savedLibrary();
    const loaded = serviceOn(db, path);
    expect(loaded.openSaved()).toBe(true);
    setStatus(other, [seeded[0], seeded[1]], 'read');
    setStatus(other, [seeded[1]], 'reading');
    moveInQueue(other, seeded[2], { to: 'top' });
    expect(loaded.search({ query: 'zeta', status: 'read' }).hits.map((hit) => hit.id)).toEqual([seeded[0]]);
    expect(loaded.search({ query: 'zeta', status: 'unread' }).hits).toEqual([]);
    expect(ids(loaded, 'status:reading')).toEqual([seeded[1]]);
    // Read again, a paper would be found by a map of those added since the snapshot: none is.
    expect(loaded.sync().papersInIdMap).toBe(0);

    undo(other); // the move to the top of Unread
    undo(other); // seeded[1] to Reading
    expect(ids(loaded, 'status:reading')).toEqual([]);
    expect(ids(loaded, 'status:read').sort()).toEqual([seeded[0], seeded[1]].sort());
    expect(loaded.save()).toBe(true);
    const next = serviceOn(openLibrary(path), path);
    expect(next.openSaved()).toBe(true);
    expect(ids(next, 'status:read').sort()).toEqual([seeded[0], seeded[1]].sort());
    expect(next.sync().papersInIdMap).toBe(0);
  });

  it('reads a paper again when its text changed too, and drops one deleted after its move', () => {
    const { db, path, seeded, other } = savedLibrary();
    const loaded = serviceOn(db, path);
    expect(loaded.openSaved()).toBe(true);
    setStatus(other, [seeded[0], seeded[1]], 'read');
    editPaper(other, seeded[0], { title: 'Quokka Habits' });
    deletePapers(other, [seeded[1]]);
    expect(ids(loaded, 'quokka status:read')).toEqual([seeded[0]]);
    expect(ids(loaded, 'status:read')).toEqual([seeded[0]]);
  });
});
