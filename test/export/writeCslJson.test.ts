import { describe, expect, it } from 'vitest';
import { listPapers } from '../../main/db/paperQueries';
import { writeBibtex } from '../../main/export/writeBibtex';
import { writeCslJson } from '../../main/export/writeCslJson';
import { commitImport } from '../../main/library/importText';
import { detectFormat } from '../../main/import/parseImportText';
import { HAVE_PANDOC, renderBibliography } from '../fixtures/pandoc';
import { RECORD_BIB } from '../fixtures/recordBib';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const SLOW = 180_000;

async function libraryOf(text: string) {
  const { db } = tempLibrary();
  await commitImport(db, text);
  return listPapers(db);
}

describe('CSL-JSON export and import', { timeout: SLOW }, () => {
  it('writes types, names with particles and suffixes, dates, pages and ids', async () => {
    const items = JSON.parse(writeCslJson(await libraryOf(RECORD_BIB))) as Record<string, unknown>[];
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('turpe2016penetration')).toMatchObject({
      type: 'paper-conference',
      'container-title': 'Proceedings of the Symposium on Usable Privacy and Security 2016',
      page: '112-125',
      issued: { 'date-parts': [[2016, 3]] },
      author: [
        { family: 'Türpe', given: 'Sven' },
        { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
        { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
        { literal: 'OpenAI Team' },
      ],
    });
    expect(byId.get('berg2010handbook')).toMatchObject({
      type: 'book',
      editor: [{ family: 'Berg' }, { family: 'Cruz' }],
    });
    expect(byId.get('zhang2025tool')).toMatchObject({ archive: 'arXiv', archive_location: '2501.01234' });
  });

  it('is recognised on import and reads back the same record', async () => {
    const papers = await libraryOf(RECORD_BIB);
    const csl = writeCslJson(papers);
    expect(detectFormat(csl)).toBe('csl-json');
    const again = await libraryOf(csl);
    const pick = (list: typeof papers) =>
      list
        .map((paper) => ({
          key: paper.citekey,
          title: paper.title,
          creators: paper.creators,
          year: paper.year,
          month: paper.month,
          pages: paper.pages,
          volume: paper.volume,
          doi: paper.doi,
          arxivId: paper.arxivId,
        }))
        .sort((a, b) => a.key.localeCompare(b.key));
    expect(pick(again)).toEqual(pick(papers));
    // And it still exports as BibTeX.
    expect(writeBibtex(again)).toContain('@inproceedings{turpe2016penetration,');
  });

  it.skipIf(!HAVE_PANDOC)(
    'renders with pandoc --citeproc: every entry has its authors, year and title',
    async () => {
      const papers = await libraryOf(RECORD_BIB);
      const { text, errors } = renderBibliography(writeCslJson(papers));
      expect(errors).toBe('');
      const flat = text.replace(/\s+/g, ' ');
      for (const paper of papers) {
        expect(flat).toContain(paper.title);
        if (paper.year !== null) expect(flat).toContain(String(paper.year));
        for (const creator of paper.creators.filter(
          (c) => c.role === 'author' || paper.creators.every((o) => o.role !== 'author'),
        ))
          expect(flat).toContain(creator.family ?? creator.literal ?? '');
      }
    },
  );
});
