import type { ApiArgs, WindowState } from '../../../../preload/api';
import { callApi } from '../../api';

type WindowStateArgs = ApiArgs<'windowState'>;

/** Rows asked for when a view opens, before the list says what is on screen. */
export const FIRST_WINDOW = 200;

/**
 * The list's first rows, asked for beside the page's first call (the token check) rather than
 * after its answer, so a cold start waits for one round trip, not two. Nothing is drawn from it
 * until the check passes; the list's first refresh takes it when it asks for the same.
 */
let early: { key: string; answer: Promise<WindowState> } | null = null;

/** Resolves once the answer is in, whatever it is. */
export function askFirstWindowEarly(args: WindowStateArgs): Promise<void> {
  const answer = callApi('windowState', args);
  early = { key: JSON.stringify(args), answer };
  // A wrong token or a damaged library is the token check's to show: the refresh asks again.
  return answer.then(
    () => undefined,
    () => undefined,
  );
}

/** The refresh's answer: the early one when it asked for the same (and it did not fail), else a new call. */
export function windowStateFor(args: WindowStateArgs): Promise<WindowState> {
  const taken = early;
  early = null;
  const ask = () => callApi('windowState', args);
  return taken?.key === JSON.stringify(args) ? taken.answer.catch(ask) : ask();
}
