import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_AFTER_IDLE_MS, idleSaver, type SavedIndex } from '../../main/search/idleSave';
import type { IndexOrigin } from '../../main/search/SearchService';

/** A service whose save is counted, and throws while `failing` says so (a catch-up that could not read the library). */
function fakeService(origin: IndexOrigin = 'loaded', unsaved = 3) {
  const service = {
    origin: origin as IndexOrigin | null,
    unsavedChanges: unsaved,
    saves: 0,
    failing: null as Error | null,
    save(): boolean {
      service.saves += 1;
      if (service.failing) throw service.failing;
      service.unsavedChanges = 0;
      return true;
    },
  };
  return service satisfies SavedIndex;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the search worker's idle save", () => {
  it('saves once searching pauses, not while queries keep coming', () => {
    const service = fakeService();
    const saveWhenIdle = idleSaver(service);
    for (let query = 0; query < 5; query += 1) {
      saveWhenIdle();
      vi.advanceTimersByTime(SAVE_AFTER_IDLE_MS - 1);
    }
    expect(service.saves).toBe(0);
    vi.advanceTimersByTime(1);
    expect(service.saves).toBe(1);
  });

  it('schedules nothing when the snapshot holds what the index holds, and saves a fresh build', () => {
    const loaded = fakeService('loaded', 0);
    idleSaver(loaded)();
    vi.advanceTimersByTime(SAVE_AFTER_IDLE_MS * 2);
    expect(loaded.saves).toBe(0);
    const built = fakeService('built', 0);
    idleSaver(built)();
    vi.advanceTimersByTime(SAVE_AFTER_IDLE_MS);
    expect(built.saves).toBe(1);
  });

  it('logs a save that fails without ending the thread, and saves again at the next pause', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = fakeService();
    service.failing = new Error('SQLITE_IOERR: disk I/O error');
    const saveWhenIdle = idleSaver(service);
    saveWhenIdle();
    // Thrown out of the timer, the error would end the worker thread (an uncaught exception there).
    expect(() => vi.advanceTimersByTime(SAVE_AFTER_IDLE_MS)).not.toThrow();
    expect(service.saves).toBe(1);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toMatch(/^The search index could not be saved: .*disk I\/O error/);
    // The index is still unsaved: the next query's pause tries again, and this time it is saved.
    service.failing = null;
    saveWhenIdle();
    vi.advanceTimersByTime(SAVE_AFTER_IDLE_MS);
    expect(service.saves).toBe(2);
    expect(service.unsavedChanges).toBe(0);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
