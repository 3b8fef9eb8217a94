import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../main/db/openLibrary';
import { MAX_BATCH, exportStream, paperBatches } from '../../main/library/exportStream';
import { commitImport } from '../../main/library/importText';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

async function libraryOf(count: number): Promise<LibraryDb> {
  const { db } = tempLibrary();
  const papers = Array.from({ length: count }, (_, index) => ({
    title: `Paper number ${index} on streaming`,
    authors: [`Ada Lovelace${index}`],
    year: 2000 + (index % 20),
    tags: index % 2 ? ['odd'] : [],
    notes: [{ body: `note ${index}`, quote: null }],
  }));
  await commitImport(db, JSON.stringify({ format: 'shelfmark-library', version: 2, papers }), {
    format: 'json',
  });
  return db;
}

/** Counts the statements run and the paper rows read, through the connection itself. */
function countReads(db: LibraryDb) {
  const counts = { statements: 0, paperRows: 0 };
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    statement.all = (...params: unknown[]) => {
      counts.statements += 1;
      const rows = all(...params);
      if (sql.startsWith('SELECT * FROM papers WHERE id IN')) counts.paperRows += rows.length;
      return rows;
    };
    return statement;
  }) as typeof db.prepare;
  return counts;
}

describe('reading papers for an export', () => {
  it('holds at most one batch, never more than MAX_BATCH papers, at five queries a batch', async () => {
    const db = await libraryOf(1200);
    const ids = db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as number[];
    const counts = countReads(db);
    const sizes: number[] = [];
    for (const batch of paperBatches(db, ids, 1_000_000)) sizes.push(batch.length);
    expect(sizes).toEqual([MAX_BATCH, MAX_BATCH, 1200 - 2 * MAX_BATCH]);
    expect(counts.statements).toBe(5 * sizes.length);
    expect(counts.paperRows).toBe(1200);
  });

  it('reads papers only as the chunks are taken', async () => {
    const db = await libraryOf(30);
    const counts = countReads(db);
    const progress: number[] = [];
    const stream = await exportStream(db, 'bibtex', {}, () => [], {
      batchSize: 4,
      stepMs: 0,
      onProgress: (written) => progress.push(written),
    });
    expect(counts.paperRows).toBe(0);
    const header = await stream.chunks.next();
    expect(header.value).toBe('% Exported from Shelfmark: 30 entries.\n\n');
    expect(counts.paperRows).toBe(0);
    for (let taken = 1; taken <= 3; taken += 1) {
      const chunk = await stream.chunks.next();
      expect(chunk.value?.match(/^@misc\{/gm)).toHaveLength(4);
      // Only the batches written so far have been read: the rest of the library is still on disk.
      expect(counts.paperRows).toBe(4 * taken);
    }
    await stream.chunks.return(undefined);
    expect(counts.paperRows).toBe(12);
    expect(progress).toEqual([0, 4, 8]);
  });
});
