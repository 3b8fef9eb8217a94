import type { Protocol } from 'electron';
import { readStaticFile } from '../http/staticFiles';
import { SECURITY_HEADERS } from '../security/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'shelfmark';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True for URLs of the app's own pages and nothing else. */
export function isAppUrl(raw: string | undefined): boolean {
  if (!raw || !URL.canParse(raw)) return false;
  const url = new URL(raw);
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** Serves the built renderer on app://shelfmark/, the same files and headers the HTTP bridge serves. */
export function handleAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
