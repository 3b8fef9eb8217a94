import { ApiCallError } from './api';

/**
 * What the person reads when something fails, from the API's error code. Messages from the
 * core are written for people; anything else (a bug in the window) is never shown raw.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof DOMException && error.name === 'NotAllowedError')
    return 'The browser did not allow it.';
  if (!(error instanceof ApiCallError)) return 'Something went wrong in this window. Reload it to carry on.';
  switch (error.code) {
    case 'unauthorized':
      return 'This page has no access to your library. Open the address Shelfmark printed when it started.';
    case 'unknown_method':
      return 'This window and the Shelfmark serving it are different versions. Reload the page.';
    default:
      return error.message;
  }
}
