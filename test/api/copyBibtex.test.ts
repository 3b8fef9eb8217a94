import { describe, expect, it } from 'vitest';
import { COPY_LIMIT, type ExportFile } from '../../preload/api';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { commitImport } from '../../main/library/importText';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

describe('Copy BibTeX (exportPapers)', () => {
  it('answers up to COPY_LIMIT papers whole, and refuses more with what to do instead', async () => {
    const { db } = tempLibrary();
    const papers = Array.from({ length: COPY_LIMIT + 1 }, (_, index) => ({ title: `Copied ${index}` }));
    await commitImport(db, JSON.stringify({ format: 'shelfmark-library', version: 2, papers }), {
      format: 'json',
    });
    const ids = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
    const dispatch = createDispatch(createHandlers(db));

    const copied = await dispatch('exportPapers', { format: 'bibtex', selection: { ids: ids.slice(1) } });
    if (!copied.ok) throw new Error(copied.error.message);
    const file = copied.value as ExportFile;
    expect(file.count).toBe(COPY_LIMIT);
    expect(file.content.match(/^@misc\{/gm)).toHaveLength(COPY_LIMIT);

    const refused = await dispatch('exportPapers', { format: 'bibtex', selection: {} });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_argument',
        message: 'Copy BibTeX takes up to 1,000 papers; these are 1,001. Use Export to save them to a file.',
      },
    });
  });
});
