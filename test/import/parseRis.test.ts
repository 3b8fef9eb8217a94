import { describe, expect, it } from 'vitest';
import { listPapers } from '../../main/db/paperQueries';
import { writeRis } from '../../main/export/writeRis';
import { commitImport } from '../../main/library/importText';
import { detectFormat } from '../../main/import/parseImportText';
import { parseRis } from '../../main/import/parseRis';
import { RECORD_BIB } from '../fixtures/recordBib';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

async function libraryOf(text: string) {
  const { db } = tempLibrary();
  await commitImport(db, text);
  return listPapers(db);
}

/** What RIS carries (see README): type family, creators, date, container, numbers, pages, ids, links. */
function carried(papers: Awaited<ReturnType<typeof libraryOf>>) {
  return papers
    .map((paper) => ({
      key: paper.citekey,
      title: paper.title,
      creators: paper.creators,
      year: paper.year,
      month: paper.month,
      venue: paper.venue,
      volume: paper.volume,
      number: paper.number,
      pages: paper.pages,
      address: paper.address,
      doi: paper.doi,
      arxivId: paper.arxivId,
      primaryClass: paper.primaryClass,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

describe('RIS export and import', { timeout: 120_000 }, () => {
  it('writes the standard tags: TY, AU and A2, TI, T2/JO, PY and DA, VL, IS, SP and EP, PB, CY, SN, DO, ER', async () => {
    const ris = writeRis(await libraryOf(RECORD_BIB));
    const record = (key: string) =>
      ris.split('ER  - ').find((part) => part.includes(`ID  - ${key}\r\n`)) ?? '';
    const paper = record('turpe2016penetration');
    expect(paper).toMatch(/^\s*TY {2}- CPAPER\r\n/);
    expect(paper).toContain('AU  - Türpe, Sven\r\n');
    expect(paper).toContain('AU  - van Beethoven, Ludwig\r\n');
    expect(paper).toContain('AU  - King, Martin Luther, Jr.\r\n');
    expect(paper).toContain('AU  - OpenAI Team\r\n');
    expect(paper).toContain('T2  - Proceedings of the Symposium on Usable Privacy and Security 2016\r\n');
    expect(paper).toContain('PY  - 2016\r\nDA  - 2016/03//\r\n');
    expect(paper).toContain('SP  - 112\r\nEP  - 125\r\n');
    expect(paper).toContain('PB  - USENIX Association\r\nCY  - Denver, CO\r\n');
    expect(paper).toContain('DO  - 10.1145/2897845.2897900\r\n');
    expect(record('berg2010handbook')).toContain('A2  - van der Berg, Anna\r\n');
    expect(record('berg2010handbook')).toContain('SN  - 978-3-16-148410-0\r\n');
    expect(record('smith2019journal')).toMatch(
      /TY {2}- JOUR\r\n[^]*JO {2}- Journal of Stuff\r\n[^]*VL {2}- 12\r\nIS {2}- 3\r\n/,
    );
  });

  it('is recognised on import and reads back what RIS carries', async () => {
    const papers = await libraryOf(RECORD_BIB);
    const ris = writeRis(papers);
    expect(detectFormat(ris)).toBe('ris');
    const again = await libraryOf(ris);
    expect(carried(again)).toEqual(carried(papers));
    expect(again.find((paper) => paper.citekey === 'turpe2016penetration')?.entryType).toBe('inproceedings');
    expect(again.find((paper) => paper.citekey === 'smith2019journal')?.entryType).toBe('article');
  });

  it('reads EndNote-style files: continuation lines, JF, Y1, a missing ER, and reports a record with no title', () => {
    const { papers, errors } = parseRis(
      [
        'TY  - JOUR',
        'AU  - Smith, John',
        'TI  - A long title',
        'that goes on',
        'JF  - Journal of Things',
        'Y1  - 2001///',
        'ER  -',
        '',
        'TY  - BOOK',
        'AU  - Doe, Jane',
        'ER  - ',
        'TY  - RPRT',
        'TI  - Last one',
        'PB  - Example Institute',
      ].join('\n'),
    );
    expect(papers.map((paper) => [paper.title, paper.venue, paper.year, paper.record?.entryType])).toEqual([
      ['A long title that goes on', 'Journal of Things', 2001, 'article'],
      ['Last one', 'Example Institute', null, 'techreport'],
    ]);
    expect(errors).toEqual(['Line 9: a record has no title (TI); it was skipped.']);
  });
});
