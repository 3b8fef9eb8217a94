import { describe, expect, it } from 'vitest';
import { countQueues, listPapers } from '../../main/db/paperQueries';
import { NothingToImportError } from '../../main/import/nothingToImport';
import { commitImport, previewImport } from '../../main/library/importText';
import { MINI_PAGE, MINI_TITLES } from '../fixtures/miniPage';
import { readSample } from '../fixtures/samples';
import { PNG_BYTES } from '../fixtures/binary';
import { PROPERTY_NAMES } from '../fixtures/propertyNames';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const sample = readSample('trending-papers.txt');

describe('importing a pasted page', () => {
  it('previews without writing anything', async () => {
    const { db } = tempLibrary();
    const preview = await previewImport(db, MINI_PAGE);
    expect(preview.newCount).toBe(3);
    expect(preview.duplicateCount).toBe(0);
    expect(preview.candidates.map((candidate) => candidate.title)).toEqual(MINI_TITLES);
    expect(countQueues(db).all).toBe(0);
  });

  it('files new papers into Unread, in page order, with citation keys and links', async () => {
    const { db } = tempLibrary();
    const result = await commitImport(db, MINI_PAGE, { sourceName: 'mini.txt' });
    expect(result).toMatchObject({ added: 3, duplicates: 0, errors: [] });
    const papers = listPapers(db, { status: 'unread' });
    expect(papers.map((paper) => paper.title)).toEqual(MINI_TITLES);
    expect(papers[0]).toMatchObject({
      citekey: 'zetaNetLearning',
      codeUrl: 'https://github.com/example/zeta-net',
      url: 'https://example.org/zeta',
      status: 'unread',
      tags: [],
      notes: [],
      authors: [],
      year: null,
    });
    expect(db.prepare('SELECT source_name, added_count FROM imports').get()).toEqual({
      source_name: 'mini.txt',
      added_count: 3,
    });
  });

  it('adds nothing the second time and reports every paper as a duplicate', async () => {
    const { db } = tempLibrary();
    await commitImport(db, MINI_PAGE);
    expect(await commitImport(db, MINI_PAGE)).toMatchObject({ added: 0, duplicates: 3 });
    expect(countQueues(db)).toEqual({ all: 3, unread: 3, reading: 0, read: 0 });
  });

  it('finds duplicates whatever their case, accents, punctuation and spacing', async () => {
    const { db } = tempLibrary();
    await commitImport(db, MINI_PAGE);
    const variant =
      'CREME BRULEE POLICIES -- DEJA VU IN OFFLINE RL\nzeta net:  learning $q$ values from few samples!';
    const preview = await previewImport(db, variant);
    expect(preview.newCount).toBe(0);
    expect(preview.candidates.map((candidate) => candidate.duplicateOf?.title)).toEqual([
      'Crème Brûlée Policies: Déjà Vu in Offline RL',
      'Zeta-Net: Learning $Q$-Values from Few Samples',
    ]);
  });

  it('counts a paper twice in the same paste once', async () => {
    const { db } = tempLibrary();
    const result = await commitImport(db, `${MINI_TITLES.join('\n')}\n${MINI_TITLES[0]}`);
    expect(result).toMatchObject({ added: 3, duplicates: 1 });
  });

  it('appends later imports to the bottom of Unread', async () => {
    const { db } = tempLibrary();
    await commitImport(db, 'First Paper On Something');
    await commitImport(db, 'Second Paper On Something');
    expect(listPapers(db, { status: 'unread' }).map((paper) => paper.title)).toEqual([
      'First Paper On Something',
      'Second Paper On Something',
    ]);
  });

  it('gives colliding citation keys a, b, c suffixes', async () => {
    const { db } = tempLibrary();
    await commitImport(db, 'Deep Learning Rocks\nDeep Learning Rocks Again\nDeep: Learning, Rocks (v3)');
    expect(listPapers(db).map((paper) => paper.citekey)).toEqual([
      'deepLearningRocks',
      'deepLearningRocksa',
      'deepLearningRocksb',
    ]);
  });

  it('refuses text with nothing recognisable and writes nothing', async () => {
    const { db } = tempLibrary();
    await expect(commitImport(db, '12345\n***\n')).rejects.toThrow(NothingToImportError);
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
  });

  it('lands an import whole or not at all', async () => {
    const { db } = tempLibrary();
    db.exec(`CREATE TRIGGER fail_third AFTER INSERT ON papers WHEN (SELECT count(*) FROM papers) = 3
             BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    await expect(commitImport(db, MINI_PAGE)).rejects.toThrow(/disk trouble/);
    expect(countQueues(db).all).toBe(0);
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
  });
});

describe('what a preview promises, the commit does', () => {
  it('marks a title repeated in the same paste apart from one already in the library', async () => {
    const { db } = tempLibrary();
    await commitImport(db, MINI_TITLES[0] ?? '');
    const preview = await previewImport(db, `${MINI_TITLES.join('\n')}\n${MINI_TITLES[1]}`);
    expect(preview.candidates.map((candidate) => candidate.duplicateOf?.kind ?? null)).toEqual([
      'library',
      null,
      null,
      'paste',
    ]);
  });

  it.each([
    ['a PNG', Buffer.from(PNG_BYTES).toString('latin1')],
    ['a PNG read as UTF-8', Buffer.from(PNG_BYTES).toString('utf8')],
    ['control characters', 'A Real Title\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\n'],
  ])('refuses %s as not text, in the preview and the commit', async (_name, text) => {
    const { db } = tempLibrary();
    await expect(previewImport(db, text)).rejects.toThrow(/not text/);
    await expect(commitImport(db, text)).rejects.toThrow(/not text/);
    expect(countQueues(db).all).toBe(0);
  });

  it.each([
    ['a trending line', '\u0000Title After A NUL\nA Second Good Title'],
    [
      'Shelfmark JSON',
      JSON.stringify({
        format: 'shelfmark-library',
        version: 1,
        papers: [
          { title: '\u0000' },
          { title: '   ' },
          { title: 'A \u0000Good Title', tags: ['\u0000', 'ok\u0000'] },
        ],
      }),
    ],
    ['BibTeX', '@misc{a, title = {\u0000}}\n@misc{b, title = {Good \u0000Title}}'],
  ])('agrees with the commit on NUL characters in %s', async (_name, text) => {
    const { db } = tempLibrary();
    let promised: number | string;
    try {
      promised = (await previewImport(db, text)).newCount;
    } catch (error) {
      promised = (error as Error).message;
    }
    let committed: number | string;
    try {
      committed = (await commitImport(db, text)).added;
    } catch (error) {
      committed = (error as Error).message;
    }
    expect(committed).toEqual(promised);
    expect(countQueues(db).all).toBe(typeof promised === 'number' ? promised : 0);
    expect(listPapers(db).every((paper) => !paper.title.includes('\u0000'))).toBe(true);
  });

  it.each(PROPERTY_NAMES)('imports the tag and keyword "%s" in every format', async (name) => {
    const json = JSON.stringify({
      format: 'shelfmark-library',
      version: 1,
      papers: [{ title: `A Json Paper About ${name}`, tags: [name, 'other'] }],
    });
    const bib = `@misc{k, title = {A Bib Paper About ${name}}, keywords = {${name}, other}}`;
    const page = `${name}\nA Paper Called ${name}`;
    for (const [text, title] of [
      [json, `A Json Paper About ${name}`],
      [bib, `A Bib Paper About ${name}`],
    ] as const) {
      const { db } = tempLibrary();
      expect((await commitImport(db, text)).added).toBe(1);
      expect(listPapers(db)[0]).toMatchObject({ title, tags: [name, 'other'].sort() });
    }
    const { db } = tempLibrary();
    expect((await previewImport(db, page)).newCount).toBe((await commitImport(db, page)).added);
  });
});

describe.skipIf(sample === null)('importing the shared trending-papers sample', () => {
  it('adds 249 papers, then 0 with 249 duplicates', async () => {
    const { db } = tempLibrary();
    expect(await commitImport(db, sample ?? '')).toMatchObject({ added: 249, duplicates: 0 });
    expect(await commitImport(db, (sample ?? '').replace(/\n/g, '\r\n'))).toMatchObject({
      added: 0,
      duplicates: 249,
    });
    expect(countQueues(db).unread).toBe(249);
    const keys = listPapers(db).map((paper) => paper.citekey);
    expect(new Set(keys).size).toBe(249);
    expect(keys.every((key) => /^[A-Za-z0-9]+$/.test(key))).toBe(true);
  });
});

describe('names that name nobody', () => {
  it('drops blank and punctuation-only authors, so preview and commit agree', async () => {
    const { db } = tempLibrary();
    const text = JSON.stringify({
      format: 'shelfmark-library',
      version: 1,
      tags: [],
      papers: [{ title: 'A Paper With Odd Authors', authors: ['', ',', 'Zhu, Jun'], notes: [] }],
    });
    expect((await previewImport(db, text)).newCount).toBe(1);
    expect((await commitImport(db, text)).added).toBe(1);
    expect(listPapers(db)[0]?.authors).toEqual(['Zhu, Jun']);
  });
});
