import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers, type Handlers } from '../../main/api/handlers';
import { PNG_BYTES } from '../fixtures/binary';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

function dispatchOverTempLibrary() {
  return createDispatch(createHandlers(tempLibrary().db), vi.fn());
}

describe('dispatch', () => {
  it('runs a valid call and returns its value', async () => {
    const dispatch = dispatchOverTempLibrary();
    expect(await dispatch('commitImport', { text: MINI_PAGE })).toMatchObject({
      ok: true,
      value: { added: 3 },
    });
    expect(await dispatch('queueCounts', {})).toEqual({
      ok: true,
      value: { all: 3, unread: 3, reading: 0, read: 0 },
    });
  });

  it.each([
    ['a wrong type', 'getPaper', { id: 'one' }, /id: Invalid input: expected number/],
    ['a missing field', 'previewImport', {}, /text: Invalid input/],
    ['an unknown field', 'listPapers', { sql: 'DROP TABLE papers' }, /Unrecognized key/],
    ['an unknown status', 'listPapers', { status: 'someday' }, /status/],
    ['a negative id', 'getPaper', { id: -1 }, /id/],
    ['a non-object payload', 'getPaper', 'papers', /arguments/],
  ])('answers %s with a typed invalid_argument error', async (_name, method, args, message) => {
    const response = await dispatchOverTempLibrary()(method, args);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(!response.ok && response.error.message).toMatch(message);
  });

  it('refuses unknown methods, including ones inherited from Object', async () => {
    const dispatch = dispatchOverTempLibrary();
    expect(await dispatch('dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('reports a missing paper as not_found', async () => {
    expect(await dispatchOverTempLibrary()('getPaper', { id: 99 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no paper with id 99.' },
    });
  });

  it('reports unrecognisable text as nothing_to_import', async () => {
    expect(await dispatchOverTempLibrary()('previewImport', { text: '42' })).toMatchObject({
      ok: false,
      error: { code: 'nothing_to_import' },
    });
  });

  it.each([
    ['an image', Buffer.from(PNG_BYTES).toString('latin1'), /^This is not text: .*Nothing was imported\.$/],
    [
      'JSON that is not JSON',
      '{ "format": "shelfmark-library", ',
      /^Found no paper to import\. .*Nothing was imported\.$/,
    ],
  ])('answers %s with a clear import error that says nothing was imported', async (_name, text, message) => {
    const response = await dispatchOverTempLibrary()('commitImport', { text });
    expect(response).toMatchObject({ ok: false, error: { code: 'nothing_to_import', message } });
    expect(JSON.stringify(response)).not.toMatch(/Unexpected|SyntaxError|position \d/);
  });

  it('turns an unexpected failure into an internal error, logs it, and does not crash', async () => {
    const log = vi.fn();
    const failing = {
      queueCounts: () => {
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      },
    } as unknown as Handlers;
    expect(await createDispatch(failing, log)('queueCounts', {})).toEqual({
      ok: false,
      error: {
        code: 'disk_full',
        message:
          'The disk is full. Nothing was saved; the library is as it was. Free some space and try again.',
      },
    });
    expect(log).toHaveBeenCalledOnce();
  });
});
