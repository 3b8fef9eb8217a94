import { afterEach, beforeEach, vi } from 'vitest';
import type { ShelfmarkBridge } from '../../preload/api';
import { createDispatch, type Dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import type { LookupWiring } from '../../main/api/lookupHandlers';
import { useLibraryStore } from '../../renderer/src/store/libraryStore';
import { useToastStore } from '../../renderer/src/store/toastStore';
import { useTempLibrary } from '../fixtures/tempLibrary';

/**
 * The window's store and named actions over the real core, without a browser: a stand-in for
 * the preload bridge sends every call to main's dispatcher over a fresh temporary library, and
 * the stores start empty for each test. Call once at the top of a test file. `lookup` wires
 * the lookups (the fake sources' addresses), read when each test starts.
 */
export function useWindowOverCore(options: { lookup?: () => LookupWiring } = {}): void {
  const tempLibrary = useTempLibrary();
  let dispatch: Dispatch;
  const bridge = new Proxy({} as ShelfmarkBridge, {
    get: (_target, method: string) => (args: unknown) => dispatch(method, args),
  });
  const initialLibrary = useLibraryStore.getState();

  beforeEach(() => {
    vi.stubGlobal('window', { shelfmark: bridge });
    dispatch = createDispatch(
      createHandlers(tempLibrary().db, { lookup: options.lookup?.() ?? {} }),
      () => undefined,
    );
    useLibraryStore.setState(initialLibrary, true);
    useToastStore.getState().dismiss();
  });
  afterEach(() => vi.unstubAllGlobals());
}
