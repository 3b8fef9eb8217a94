import type { DamagedLibrary } from '../../preload/api';
import { callApi, hasAccessToken } from './api';
import { askForFirstRows } from './store/actions';

/**
 * The page's first two calls: the token check and the list's first rows. main.tsx imports this
 * module first, so they are sent as the script starts, before React DOM is evaluated and draws, and
 * the server answers while the page does both (`App` then takes them).
 */
export interface FirstCalls {
  check: Promise<DamagedLibrary | null>;
  /** Resolves once the rows are in, whatever the answer. */
  rows: Promise<void>;
}

let started: FirstCalls | null = null;

/** Sends the first calls, unless this page has no token to send them with. */
export function sendFirstCalls(): void {
  if (started || !hasAccessToken()) return;
  const check = callApi('damagedLibrary', {});
  // Handled by whoever takes them; until then a failure is not an unhandled rejection.
  check.catch(() => undefined);
  started = { check, rows: askForFirstRows() };
}

/** The calls sent at start, once; afterwards (a second check) new ones. */
export function takeFirstCalls(): FirstCalls {
  sendFirstCalls();
  const taken = started;
  started = null;
  if (!taken) throw new Error('The first calls need an access token.');
  return taken;
}

sendFirstCalls();
