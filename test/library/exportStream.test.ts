import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportSelection, type PaperStatus } from '../../preload/api';
import type { LibraryDb } from '../../main/db/openLibrary';
import { writeJson } from '../../main/export/writeJson';
import { readPastedPage } from '../../main/import/parseImportText';
import { collectExport, exportStream } from '../../main/library/exportStream';
import { commitImport, commitParsed } from '../../main/library/importText';
import { addNote } from '../../main/library/notes';
import { setStatus } from '../../main/library/queues';
import { addTags, setTagColor } from '../../main/library/tags';
import { SearchService } from '../../main/search/SearchService';
import { MESSY_BIB } from '../fixtures/messyBib';
import { MINI_PAGE } from '../fixtures/miniPage';
import { nastyPapers } from '../fixtures/nastyPapers';
import { RECORD_BIB } from '../fixtures/recordBib';
import { readSample } from '../fixtures/samples';
import { useTempLibrary } from '../fixtures/tempLibrary';
import { wholeExport } from '../fixtures/wholeExport';

const tempLibrary = useTempLibrary();
const NOW = new Date('2026-11-30T10:00:00.000Z');

/** Crossrefs, particles, corporate names, hostile text, notes, tags with colors, every queue. */
async function fixtureLibrary(): Promise<LibraryDb> {
  const { db } = tempLibrary();
  await commitImport(db, RECORD_BIB, { format: 'bibtex' });
  await commitImport(db, MESSY_BIB, { format: 'bibtex' });
  await commitImport(db, writeJson(nastyPapers(), []), { format: 'json' });
  commitParsed(db, readPastedPage(MINI_PAGE));
  const thesis = readSample('real-thesis.bib');
  if (thesis) await commitImport(db, thesis, { format: 'bibtex' });
  const ids = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
  const statuses: PaperStatus[] = ['unread', 'reading', 'read'];
  statuses.forEach((status, index) =>
    setStatus(
      db,
      ids.filter((_, at) => at % 3 === index),
      status,
    ),
  );
  addTags(
    db,
    ids.filter((id) => id % 2 === 0),
    ['Even', 'rl'],
  );
  setTagColor(db, 'rl', '#ff0000');
  addTags(db, ids.slice(0, 5), ['first five']);
  addNote(db, ids[1] ?? 1, 'A note ending in spaces   \n  ', null);
  // Whichever paper ends a file, its note ends in white space the whole file's end trims.
  for (const id of ids.filter((_, at) => at % 3 === 2)) addNote(db, id, 'Trailing blank lines\n\n  \n', null);
  return db;
}

function selections(db: LibraryDb): ExportSelection[] {
  const ids = db.prepare('SELECT id FROM papers ORDER BY id DESC').pluck().all() as number[];
  return [
    {},
    { status: 'unread' },
    { status: 'read' },
    { tag: 'rl' },
    { tag: 'nobody has this tag' },
    { query: 'learning' },
    { query: 'learning', status: 'reading' },
    { ids: ids.filter((id) => id % 5 !== 0) },
    { ids: [] },
    { ids: ids.slice(0, 1) },
  ];
}

describe('a streamed export', () => {
  it('is byte for byte the file the whole-list export made, in every format, for any batch size', async () => {
    const db = await fixtureLibrary();
    const service = new SearchService(db);
    const search = (request: Parameters<SearchService['search']>[0]) => service.search(request);
    const searchIds = (request: Parameters<SearchService['search']>[0]) => service.searchIds(request);
    let compared = 0;
    for (const format of EXPORT_FORMATS) {
      for (const selection of selections(db)) {
        const before = await wholeExport(db, format, selection, search, NOW);
        // One paper a step, several papers a step on the clock, and steps as large as they may be.
        for (const [batchSize, steps] of [
          [1, { stepMs: 0 }],
          [7, {}],
          [200, { clock: () => 0 }],
        ] as const) {
          const stream = await exportStream(db, format, selection, searchIds, {
            now: NOW,
            batchSize,
            ...steps,
          });
          const content = await collectExport(stream);
          expect({ format, selection, batchSize, content }).toEqual({
            format,
            selection,
            batchSize,
            content: before.content,
          });
          expect(stream.filename).toBe(before.filename);
          expect(stream.mimeType).toBe(before.mimeType);
          expect(stream.total).toBe(before.count);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(EXPORT_FORMATS.length * 10 * 3);
  });
});
