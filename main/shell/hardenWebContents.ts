import type { WebContents } from 'electron';
import { isSafeExternalUrl } from '../security/externalLinks';
import { isAppUrl } from './appProtocol';

/**
 * No page may navigate away from the app or open a window of its own. Web links the
 * person clicks go to the system browser; anything else is dropped.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}
