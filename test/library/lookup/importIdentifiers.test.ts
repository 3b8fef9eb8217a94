import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryCache } from '../../../main/db/lookupCache';
import type { LibraryDb } from '../../../main/db/openLibrary';
import { getPaper, listPaperSummaries } from '../../../main/db/paperQueries';
import { commitImport } from '../../../main/library/importText';
import {
  commitIdentifierImport,
  previewIdentifierImport,
} from '../../../main/library/lookup/importIdentifiers';
import { getLookupSettings, setLookupSettings } from '../../../main/library/lookupSettings';
import { undo } from '../../../main/library/undo';
import { createLookupContext } from '../../../main/lookup/createLookupContext';
import { readIdentifierList } from '../../../main/lookup/identifierList';
import { useTempLibrary } from '../../fixtures/tempLibrary';
import { fakeClock } from '../../lookup/fakeClock';
import { startFakeServer, type FakeServer } from '../../lookup/fakeServer';

const S2_RESNET =
  'https://www.semanticscholar.org/paper/Deep-Residual-Learning-for-Image-Recognition-He-Zhang/2c03df8b48bf3fa39054345bafabfeff15bfd11d';
const PASTE = [
  'https://arxiv.org/abs/1706.03762v7',
  '',
  'https://huggingface.co/papers/2310.16828',
  'doi:10.1145/3359591.3359736',
  S2_RESNET,
  'https://openreview.net/forum?id=2dnO3LLiJ1',
  'arXiv:1706.03762',
  'https://openreview.net/forum?id=xNoSuchNote',
  'https://example.org/some/page',
].join('\n');

describe('reading a paste as a list of identifiers', () => {
  it('takes one identifier-looking word per line, reports the unreadable ones, and needs one that names a paper', () => {
    const lines = readIdentifierList(PASTE);
    expect(lines?.map((line) => [line.line, line.id?.kind ?? null])).toEqual([
      [1, 'arxiv'],
      [3, 'arxiv'],
      [4, 'doi'],
      [5, 's2'],
      [6, 'openreview'],
      [7, 'arxiv'],
      [8, 'openreview'],
      [9, null],
    ]);
    expect(readIdentifierList('Attention Is All You Need\n2310.16828')).toBeNull();
    expect(readIdentifierList('https://github.com/a/b\nhttps://example.org/x')).toBeNull();
    expect(readIdentifierList('Transformers')).toBeNull();
    expect(readIdentifierList('@misc{a, title={T}}')).toBeNull();
  });
});

describe('importing a list of identifiers, against the fake server', () => {
  const library = useTempLibrary();
  let server: FakeServer;
  beforeEach(async () => {
    server = await startFakeServer();
  });
  afterEach(async () => {
    await server.close();
  });
  const contextFor = (db: LibraryDb) =>
    createLookupContext({
      settings: getLookupSettings(db),
      cache: libraryCache(db),
      env: server.env,
      clock: fakeClock(),
      retries: 0,
    });

  it('previews every line: the looked-up record, duplicates in the paste, and which lines failed and why', async () => {
    const { db } = library();
    const preview = await previewIdentifierImport(db, PASTE, contextFor(db));
    const byLine = new Map(preview.entries.map((entry) => [entry.line, entry]));
    expect(byLine.get(1)).toMatchObject({
      outcome: 'new',
      found: { title: 'Attention Is All You Need', year: 2017, arxivId: '1706.03762' },
    });
    expect(byLine.get(1)?.found?.authors[0]).toBe('Vaswani, Ashish');
    expect(byLine.get(3)?.found).toMatchObject({ arxivId: '2310.16828', year: 2023 });
    expect(byLine.get(4)?.found?.doi).toBe('10.1145/3359591.3359736');
    expect(byLine.get(5)).toMatchObject({
      kind: 's2',
      outcome: 'new',
      found: {
        title: 'Deep Residual Learning for Image Recognition',
        year: 2016,
        arxivId: '1512.03385',
        doi: '10.1109/cvpr.2016.90',
        source: 'Semantic Scholar',
      },
    });
    expect(byLine.get(6)).toMatchObject({
      kind: 'openreview',
      outcome: 'new',
      found: {
        title: 'Vision Transformers Need Registers',
        year: 2024,
        venue: 'ICLR 2024',
        source: 'OpenReview',
      },
    });
    expect(byLine.get(7)).toMatchObject({
      outcome: 'duplicate',
      message: 'Repeats line 1.',
      duplicateOf: { kind: 'paste' },
    });
    expect(byLine.get(8)).toMatchObject({
      outcome: 'not_found',
      message: expect.stringMatching(/No source knows/) as unknown,
    });
    expect(byLine.get(9)).toMatchObject({ outcome: 'invalid', kind: null });
    expect(preview).toMatchObject({ newCount: 5, duplicateCount: 1, failedCount: 2 });
    // All four arXiv lines went to arXiv in one batched request.
    expect(server.requests.filter((path) => path.startsWith('/api/query'))).toHaveLength(1);
  });

  it('imports the new papers in one undoable step, from the cache, with their ids in the record', async () => {
    const { db } = library();
    await previewIdentifierImport(db, PASTE, contextFor(db));
    const asked = server.requests.length;
    const result = await commitIdentifierImport(db, PASTE, contextFor(db), { placement: 'bottom' });
    // Only the line that was not found is asked again (a 404 is kept too, so nothing at all).
    expect(server.requests.length).toBe(asked);
    expect(result).toMatchObject({ added: 5, duplicates: 1 });
    expect(result.errors).toEqual([
      expect.stringMatching(/^Line 8: No source knows/),
      expect.stringMatching(/^Line 9: Not an arXiv id/),
    ]);
    const papers = listPaperSummaries(db, {});
    expect(papers).toHaveLength(5);
    const resnet = papers.find((paper) => paper.title.startsWith('Deep Residual'));
    expect(getPaper(db, resnet?.id ?? 0)).toMatchObject({
      arxivId: '1512.03385',
      doi: '10.1109/cvpr.2016.90',
      year: 2016,
    });
    expect(undo(db)).toBe('Import 5 papers');
    expect(listPaperSummaries(db, {})).toHaveLength(0);
  });

  it('finds papers already in the library by arXiv id without asking, and by title after asking', async () => {
    const { db } = library();
    await commitImport(
      db,
      '@misc{a, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}\n@misc{b, title = {Vision Transformers Need Registers}}',
    );
    const preview = await previewIdentifierImport(
      db,
      'arXiv:1706.03762\nhttps://openreview.net/forum?id=2dnO3LLiJ1',
      contextFor(db),
    );
    expect(preview.entries.map((entry) => [entry.outcome, entry.duplicateOf?.kind])).toEqual([
      ['duplicate', 'library'],
      ['duplicate', 'library'],
    ]);
    expect(server.requests.every((path) => path.startsWith('/notes'))).toBe(true);
  });

  it('sends nothing when lookups are off, and says so', async () => {
    const { db } = library();
    setLookupSettings(db, { enabled: false });
    await expect(previewIdentifierImport(db, PASTE, contextFor(db))).rejects.toThrow(
      /Lookups are turned off in the settings.*nothing was sent/,
    );
    await expect(commitIdentifierImport(db, PASTE, contextFor(db))).rejects.toThrow(/turned off/);
    expect(server.requests).toHaveLength(0);
  });

  it('says the network is down, and stops asking after the first line no source answered', async () => {
    const { db } = library();
    const env = server.env;
    await server.close();
    const context = createLookupContext({
      settings: getLookupSettings(db),
      cache: libraryCache(db),
      env,
      clock: fakeClock(),
      retries: 1,
    });
    const preview = await previewIdentifierImport(
      db,
      'doi:10.1145/3359591.3359736\ndoi:10.1234/x\n10.1234/y',
      context,
    );
    expect(preview.entries.map((entry) => entry.outcome)).toEqual(['failed', 'failed', 'failed']);
    expect(preview.entries[0]?.message).toMatch(/could not be reached .*no connection/);
    expect(preview.entries[2]?.message).toMatch(/^Not looked up: /);
    server = await startFakeServer();
  });
});
