import { afterEach, beforeEach, vi } from 'vitest';
import type { ShelfmarkBridge } from '../../preload/api';
import { createDispatch, type Dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import type { LookupWiring } from '../../main/api/lookupHandlers';
import type { LibraryDb } from '../../main/db/openLibrary';
import { useLibraryStore } from '../../renderer/src/store/libraryStore';
import { useToastStore } from '../../renderer/src/store/toastStore';
import { useTempLibrary } from '../fixtures/tempLibrary';

/** One call the window made, and what came back. */
export interface WindowCall {
  method: string;
  args: unknown;
  value: unknown;
}

export interface WindowOverCore {
  /** The library the window is over, and its file (for a second connection: "another process"). */
  library: () => { db: LibraryDb; path: string };
  /** Every call since the test began, in the order they were answered. */
  calls: WindowCall[];
  /** Holds every call of `method` until the returned function is called. */
  hold: (method: string) => () => void;
  /** Answers every call of `method` at once, but hands the answers back only when the returned function is called. */
  holdAnswers: (method: string) => () => void;
  /** As holdAnswers, for the next call of `method` only: the calls after it are answered at once. */
  holdNextAnswer: (method: string) => () => void;
}

/**
 * The window's store and named actions over the real core, without a browser: a stand-in for
 * the preload bridge sends every call to main's dispatcher over a fresh temporary library, and
 * the stores start empty for each test. Call once at the top of a test file. `lookup` wires
 * the lookups (the fake sources' addresses), read when each test starts.
 */
export function useWindowOverCore(options: { lookup?: () => LookupWiring } = {}): WindowOverCore {
  const tempLibrary = useTempLibrary();
  let dispatch: Dispatch;
  let current: { db: LibraryDb; path: string };
  const calls: WindowCall[] = [];
  const held = new Map<string, Promise<void>>();
  const heldAnswers = new Map<string, Promise<void>>();
  const heldNextAnswer = new Map<string, Promise<void>>();
  const bridge = new Proxy({} as ShelfmarkBridge, {
    get: (_target, method: string) => async (args: unknown) => {
      const heldOnce = heldNextAnswer.get(method);
      heldNextAnswer.delete(method);
      await held.get(method);
      const response = await dispatch(method, args);
      calls.push({ method, args, value: response.ok ? response.value : response.error });
      await heldAnswers.get(method);
      await heldOnce;
      return response;
    },
  });
  /** A promise in `map` under `method` until the returned function settles it. */
  const holdIn = (map: Map<string, Promise<void>>, method: string) => {
    let release = () => undefined as void;
    map.set(
      method,
      new Promise<void>((resolve) => {
        release = () => {
          map.delete(method);
          resolve();
        };
      }),
    );
    return () => release();
  };
  const initialLibrary = useLibraryStore.getState();

  beforeEach(() => {
    vi.stubGlobal('window', { shelfmark: bridge });
    current = tempLibrary();
    dispatch = createDispatch(
      createHandlers(current.db, { lookup: options.lookup?.() ?? {} }),
      () => undefined,
    );
    calls.splice(0);
    held.clear();
    heldAnswers.clear();
    heldNextAnswer.clear();
    useLibraryStore.setState(initialLibrary, true);
    useToastStore.getState().dismiss();
  });
  afterEach(() => vi.unstubAllGlobals());

  return {
    library: () => current,
    calls,
    hold: (method) => holdIn(held, method),
    holdAnswers: (method) => holdIn(heldAnswers, method),
    holdNextAnswer: (method) => {
      let release = () => undefined as void;
      heldNextAnswer.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
  };
}
