import type { Session } from 'electron';
import { isAppUrl } from './appProtocol';

/** The only permission the window uses: Copy BibTeX writes text to the clipboard. */
const USED = new Set(['clipboard-sanitized-write']);

/** True only for a permission the app uses, asked for by the app's own page. */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return USED.has(permission) && isAppUrl(requestingUrl);
}

/**
 * Electron grants every permission by default (camera, microphone, geolocation, notifications,
 * ...). Shelfmark denies all of them, except the ones it uses for its own page.
 */
export function denyUnusedPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
}
