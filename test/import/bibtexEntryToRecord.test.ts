import { describe, expect, it } from 'vitest';
import { bibtexEntryToRecord } from '../../main/import/bibtexEntryToRecord';
import { RECORD_BIB, parseBib } from '../fixtures/recordBib';

const entries = new Map(parseBib(RECORD_BIB).entries.map((entry) => [entry.key, entry]));
const recordOf = (key: string) => {
  const entry = entries.get(key);
  if (!entry) throw new Error(`no entry ${key}`);
  return bibtexEntryToRecord(entry);
};

describe('bibtexEntryToRecord', () => {
  it('keeps the entry type, creators with particles, suffixes and literal names, in order', () => {
    const record = recordOf('turpe2016penetration');
    expect(record.entryType).toBe('inproceedings');
    expect(record.creators).toEqual([
      { role: 'author', family: 'Türpe', given: 'Sven', particle: null, suffix: null, literal: null },
      { role: 'author', family: 'Beethoven', given: 'Ludwig', particle: 'van', suffix: null, literal: null },
      {
        role: 'author',
        family: 'King',
        given: 'Martin Luther',
        particle: null,
        suffix: 'Jr.',
        literal: null,
      },
      { role: 'author', family: null, given: null, particle: null, suffix: null, literal: 'OpenAI Team' },
    ]);
  });

  it('reads the date, a month macro, booktitle (not journal), pages, publisher and address', () => {
    expect(recordOf('turpe2016penetration')).toMatchObject({
      year: 2016,
      month: 3,
      booktitle: 'Proceedings of the Symposium on Usable Privacy and Security 2016',
      journal: null,
      pages: '112–125',
      publisher: 'USENIX Association',
      address: 'Denver, CO',
      doi: '10.1145/2897845.2897900',
    });
  });

  it('keeps every unknown field as written, in order', () => {
    expect(recordOf('turpe2016penetration').extraFields).toEqual([
      {
        name: 'bdsk-url-1',
        value: 'https://www.usenix.org/conference/soups2016/technical-sessions/presentation/turpe',
      },
      { name: 'bdsk-url-2', value: 'https://doi.org/10.1145/2897845.2897900' },
      { name: 'mrnumber', value: 'MR1234567' },
      { name: 'myfield', value: 'Custom value' },
    ]);
  });

  it('gives an editor-only book its editors', () => {
    const record = recordOf('berg2010handbook');
    expect(record.entryType).toBe('book');
    expect(record.creators.map((creator) => [creator.role, creator.particle, creator.family])).toEqual([
      ['editor', 'van der', 'Berg'],
      ['editor', 'de la', 'Cruz'],
    ]);
    expect(record).toMatchObject({
      edition: '2nd',
      series: 'Lecture Notes in Things',
      volume: '42',
      isbn: '978-3-16-148410-0',
    });
  });

  it("gives a crossref child its parent's fields and keeps the crossref", () => {
    const record = recordOf('doe2010chapter');
    expect(record).toMatchObject({
      entryType: 'incollection',
      publisher: 'Springer',
      year: 2010,
      chapter: '3',
    });
    expect(record.extraFields).toContainEqual({ name: 'crossref', value: 'berg2010handbook' });
  });

  it('reads preprints, theses, reports and journal articles', () => {
    expect(recordOf('zhang2025tool')).toMatchObject({
      entryType: 'misc',
      eprint: '2501.01234',
      archivePrefix: 'arXiv',
      primaryClass: 'cs.LG',
    });
    expect(recordOf('roe2018thesis')).toMatchObject({
      entryType: 'phdthesis',
      school: 'University of Somewhere',
    });
    expect(recordOf('lab2017report')).toMatchObject({
      entryType: 'techreport',
      institution: 'Example Institute',
      number: 'TR-17-01',
    });
    expect(recordOf('smith2019journal')).toMatchObject({
      journal: 'Journal of Stuff',
      issn: '1234-5678',
      note: 'Extended version',
      language: 'english',
    });
  });

  it('reads a BibLaTeX date into year, month and day', () => {
    const [entry] = parseBib(
      '@online{x, title = {T}, date = {2021-03-09}, journaltitle = {J}, eprinttype = {arxiv}}',
    ).entries;
    expect(entry && bibtexEntryToRecord(entry)).toMatchObject({
      entryType: 'online',
      year: 2021,
      month: 3,
      day: 9,
      journal: 'J',
      archivePrefix: 'arxiv',
    });
  });
});
