import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import type { Handlers } from '../../main/api/handlers';
import { refuseAfterDamage } from '../../main/api/refuseAfterDamage';

function failingWith(code: string): Handlers {
  const fail = () => {
    throw Object.assign(new Error(`${code}: raw internal text`), { code });
  };
  return { queueCounts: fail, setStatus: fail } as unknown as Handlers;
}

describe('errors from the library, over IPC and the bridge', () => {
  it.each([
    ['SQLITE_FULL', 'disk_full', /disk is full\. Nothing was saved/],
    ['SQLITE_BUSY', 'busy', /Another Shelfmark is writing.*try again/],
    ['SQLITE_CORRUPT', 'damaged', /damaged\. Nothing was saved/],
    ['SQLITE_MISUSE', 'internal', /Something went wrong inside Shelfmark\. Nothing was saved/],
  ])('%s is answered as %s with a clear message', async (code, apiCode, message) => {
    const reply = await createDispatch(failingWith(code), vi.fn())('queueCounts', {});
    expect(reply).toMatchObject({ ok: false, error: { code: apiCode } });
    const text = reply.ok ? '' : reply.error.message;
    expect(text).toMatch(message);
    expect(text).not.toMatch(/SQLITE|raw internal/);
  });

  it('refuses every call once the library has been reported damaged, and asks for a check', async () => {
    const onDamage = vi.fn();
    const calls: string[] = [];
    const handlers = {
      queueCounts: () => {
        calls.push('queueCounts');
        throw Object.assign(new Error('malformed'), { code: 'SQLITE_CORRUPT' });
      },
      setStatus: () => {
        calls.push('setStatus');
        return [];
      },
    } as unknown as Handlers;
    const dispatch = refuseAfterDamage(createDispatch(handlers, vi.fn()), onDamage);
    expect(await dispatch('queueCounts', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(onDamage).toHaveBeenCalledOnce();
    const refused = await dispatch('setStatus', { ids: [1], status: 'read' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(calls).toEqual(['queueCounts']);
  });

  it('lets calls through while nothing is damaged', async () => {
    const dispatch = refuseAfterDamage(
      createDispatch({ queueCounts: () => ({ all: 0 }) } as unknown as Handlers, vi.fn()),
      vi.fn(),
    );
    expect(await dispatch('queueCounts', {})).toEqual({ ok: true, value: { all: 0 } });
  });
});
