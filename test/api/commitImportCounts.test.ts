import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

describe('commitImport', () => {
  it('answers with the queues’ counts after the import, so the sidebar needs no other read', async () => {
    const dispatch = createDispatch(createHandlers(tempLibrary().db), vi.fn());
    const first = await dispatch('commitImport', { text: MINI_PAGE });
    expect(first).toMatchObject({
      ok: true,
      value: { added: 3, counts: { all: 3, unread: 3, reading: 0, read: 0 } },
    });
    const again = await dispatch('commitImport', { text: MINI_PAGE, status: 'read' });
    // Nothing new the second time: the counts are the library's, not the import's.
    expect(again).toMatchObject({ ok: true, value: { added: 0, counts: { all: 3, unread: 3, read: 0 } } });
  });
});
