import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import { listPapers } from '../../main/db/paperQueries';
import { renderExport } from '../../main/export/renderExport';
import { commitImport, previewImport } from '../../main/library/importText';
import { addNote } from '../../main/library/notes';
import { moveInQueue, setStatus } from '../../main/library/queues';
import { setCitekey } from '../../main/library/setCitekey';
import { addTags, listTags, setTagColor } from '../../main/library/tags';
import { undo } from '../../main/library/undo';
import { MESSY_BIB } from '../fixtures/messyBib';
import { readSample } from '../fixtures/samples';
import { seedMiniPage } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const sample = readSample('trending-papers.txt');

/** What a library holds, without row ids or edit times, which a fresh library numbers anew. */
function contents(db: LibraryDb) {
  return {
    papers: listPapers(db).map(({ id: _id, updatedAt: _updated, notes, ...paper }) => ({
      ...paper,
      notes: notes.map(({ body, quote }) => ({ body, quote })),
    })),
    tags: listTags(db),
  };
}

async function richLibrary(): Promise<LibraryDb> {
  const { db } = tempLibrary();
  const ids = seedMiniPage(db);
  await commitImport(db, MESSY_BIB);
  const [a = 0, b = 0, c = 0] = ids;
  setStatus(db, [a], 'reading', new Date('2026-02-01T10:00:00Z'));
  setStatus(db, [b], 'read', new Date('2026-02-02T10:00:00Z'));
  moveInQueue(db, c, { to: 'bottom' });
  addTags(db, [a, c], ['rl', 'to discuss']);
  setTagColor(db, 'rl', '#ff8800');
  addNote(db, a, 'Compare with **SAC**.', 'Zeta-Net');
  addNote(db, c, 'Plain note');
  return db;
}

describe('round trips', () => {
  it('JSON export, then import into an empty library, gives an identical library', async () => {
    const source = await richLibrary();
    const json = renderExport('json', listPapers(source), listTags(source)).content;
    const { db: target } = tempLibrary();
    const result = await commitImport(target, json);
    expect(result).toMatchObject({ added: listPapers(source).length, duplicates: 0, errors: [] });
    expect(contents(target)).toEqual(contents(source));
  });

  it('JSON import into a library that has some of the papers adds only the others', async () => {
    const source = await richLibrary();
    const json = renderExport('json', listPapers(source), listTags(source)).content;
    const { db: target } = tempLibrary();
    seedMiniPage(target);
    expect(await commitImport(target, json)).toMatchObject({ added: 3, duplicates: 3 });
  });

  it.each(['bibtex', 'biblatex'] as const)(
    '%s export, then import, keeps titles, keys, authors, years and links',
    async (format) => {
      const source = await richLibrary();
      const bib = renderExport(format, listPapers(source), []).content;
      const { db: target } = tempLibrary();
      await commitImport(target, bib);
      const pick = (db: LibraryDb) =>
        listPapers(db)
          .map(({ title, citekey, authors, year, url, codeUrl, arxivId }) => ({
            title,
            citekey,
            authors,
            year,
            url,
            codeUrl,
            arxivId,
          }))
          .sort((x, y) => x.citekey.localeCompare(y.citekey));
      expect(pick(target)).toEqual(pick(source));
    },
  );

  it.skipIf(sample === null)(
    'keeps the whole sample library through BibTeX, $Q$ titles included',
    async () => {
      const { db: source } = tempLibrary();
      await commitImport(source, sample ?? '');
      const { db: target } = tempLibrary();
      await commitImport(target, renderExport('bibtex', listPapers(source), []).content);
      const titles = (db: LibraryDb) => new Map(listPapers(db).map((paper) => [paper.citekey, paper.title]));
      expect(titles(target)).toEqual(titles(source));
    },
    // The BibTeX parser takes seconds over 249 long abstracts on a loaded machine.
    60_000,
  );
});

describe('citation keys', () => {
  it('are assigned once: exporting twice, and after edits, gives the same keys', async () => {
    const db = await richLibrary();
    const keys = () => listPapers(db).map((paper) => paper.citekey);
    const before = keys();
    const first = renderExport('bibtex', listPapers(db), []).content;
    addTags(db, [listPapers(db)[0]?.id ?? 0], ['more']);
    expect(keys()).toEqual(before);
    expect(renderExport('bibtex', listPapers(db), []).content.match(/^@\w+\{[^,]+/gm)).toEqual(
      first.match(/^@\w+\{[^,]+/gm),
    );
  });

  it("keep a .bib file's own key when it is free, and get a fresh one when it is taken", async () => {
    const { db } = tempLibrary();
    await commitImport(db, '@misc{myKey, title = {First Paper}}');
    await commitImport(db, '@misc{MYKEY, title = {Second Paper}}');
    expect(listPapers(db).map((paper) => paper.citekey)).toEqual(['myKey', 'secondPaper']);
  });

  it('can be edited by a person, refusing invalid and taken keys, and undone', () => {
    const { db } = tempLibrary();
    const [a = 0, b = 0] = seedMiniPage(db);
    setCitekey(db, a, 'zeta2026');
    expect(listPapers(db)[0]?.citekey).toBe('zeta2026');
    expect(() => setCitekey(db, b, 'ZETA2026')).toThrow(
      'The key "ZETA2026" is already used by "Zeta-Net: Learning $Q$-Values from Few Samples".',
    );
    expect(() => setCitekey(db, b, 'has space')).toThrow(/cannot be a citation key/);
    expect(() => setCitekey(db, b, 'naïve')).toThrow(/cannot be a citation key/);
    undo(db);
    expect(listPapers(db)[0]?.citekey).toBe('zetaNetLearning');
  });
});

describe('importing BibTeX into a library', () => {
  it('reports duplicates as the page import does, and broken entries by line', async () => {
    const { db } = tempLibrary();
    await commitImport(db, MESSY_BIB);
    const preview = await previewImport(db, MESSY_BIB);
    expect(preview).toMatchObject({ format: 'bibtex', newCount: 0, duplicateCount: 3 });
    expect(preview.errors[0]).toMatch(/^Line 23:/);
  });

  it('turns keywords into tags', async () => {
    const { db } = tempLibrary();
    await commitImport(db, MESSY_BIB);
    expect(listTags(db).map((tag) => tag.name)).toEqual(['policy gradient', 'reinforcement learning']);
  });
});
