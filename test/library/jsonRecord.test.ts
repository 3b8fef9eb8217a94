import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS, type BibRecord, type RecordFields } from '../../preload/api';
import { listPapers } from '../../main/db/paperQueries';
import { renderExport } from '../../main/export/renderExport';
import { commitImport } from '../../main/library/importText';
import { listTags } from '../../main/library/tags';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

/** Every field of the record set, so a field the JSON forgets shows. */
export function fullRecord(): BibRecord {
  const fields = Object.fromEntries(RECORD_FIELDS.map((field) => [field, `${field} value`])) as RecordFields;
  return {
    ...fields,
    entryType: 'incollection',
    year: 2019,
    month: 7,
    day: 14,
    doi: '10.1000/xyz123',
    creators: [
      { role: 'author', family: 'Berg', given: 'Anna', particle: 'van der', suffix: 'Jr.', literal: null },
      { role: 'author', family: null, given: null, particle: null, suffix: null, literal: 'OpenAI Team' },
      { role: 'editor', family: 'Doe', given: 'Jane', particle: null, suffix: null, literal: null },
      { role: 'translator', family: 'Roe', given: 'Rick', particle: null, suffix: null, literal: null },
    ],
    extraFields: [
      { name: 'bdsk-url-1', value: 'https://example.org/x' },
      { name: 'mrnumber', value: 'MR1234567' },
      { name: 'custom', value: '{Braced} value' },
    ],
  };
}

function v2Document(record: BibRecord): string {
  return JSON.stringify({
    format: 'shelfmark-library',
    version: 2,
    papers: [{ citekey: 'berg2019full', citekeyProvisional: false, title: 'A Full Record', ...record }],
  });
}

describe('Shelfmark JSON carries the whole record', () => {
  it('imports every field of a version 2 record, and exports it again the same', async () => {
    const { db } = tempLibrary();
    expect(await commitImport(db, v2Document(fullRecord()))).toMatchObject({ added: 1, errors: [] });
    const [paper] = listPapers(db);
    expect(paper).toMatchObject({ ...fullRecord(), citekey: 'berg2019full', citekeyProvisional: false });
    const exported = JSON.parse(renderExport('json', listPapers(db), listTags(db)).content) as {
      version: number;
      papers: Record<string, unknown>[];
    };
    expect(exported.version).toBe(2);
    expect(exported.papers[0]).toMatchObject({ ...fullRecord() });
  });

  it('still imports version 1 files: authors, year, venue, arXiv id, DOI and url become the record', async () => {
    const { db } = tempLibrary();
    const v1 = JSON.stringify({
      format: 'shelfmark-library',
      version: 1,
      papers: [
        {
          citekey: 'zhang2025tool',
          title: 'Tool Use',
          authors: ['Zhang, Yabo', 'de la Cruz, Maria', 'Some Lab'],
          year: 2025,
          venue: 'NeurIPS',
          arxivId: '2501.00001',
          doi: '10.1000/abc',
          url: 'https://tool.example/',
        },
      ],
    });
    expect(await commitImport(db, v1)).toMatchObject({ added: 1, errors: [] });
    const [paper] = listPapers(db);
    expect(paper).toMatchObject({
      citekey: 'zhang2025tool',
      entryType: 'article',
      journal: 'NeurIPS',
      year: 2025,
      eprint: '2501.00001',
      archivePrefix: 'arXiv',
      doi: '10.1000/abc',
      url: 'https://tool.example/',
      authors: ['Zhang, Yabo', 'de la Cruz, Maria', 'Some Lab'],
    });
    expect(paper?.creators[1]).toMatchObject({ family: 'Cruz', particle: 'de la', given: 'Maria' });
    expect(paper?.creators[2]).toMatchObject({ literal: 'Some Lab' });
  });

  it('refuses a file from a newer Shelfmark, and imports nothing', async () => {
    const { db } = tempLibrary();
    const future = JSON.stringify({ format: 'shelfmark-library', version: 3, papers: [{ title: 'X' }] });
    await expect(commitImport(db, future)).rejects.toThrow(/newer Shelfmark/);
    expect(listPapers(db)).toEqual([]);
  });
});
