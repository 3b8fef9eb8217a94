import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { handleAppProtocol, isAppUrl } from '../../main/shell/appProtocol';
import { HEADER_CONTENT_SECURITY_POLICY } from '../../main/security/contentSecurityPolicy';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

function serveApp() {
  const root = tempDir();
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<title>Shelfmark</title>');
  writeFileSync(join(root, 'library.sqlite'), 'private');
  const protocol = { handle: vi.fn() };
  handleAppProtocol(protocol as unknown as Protocol, rendererDir);
  const [[, handler]] = protocol.handle.mock.calls as [[string, (request: Request) => Promise<Response>]];
  return (url: string) => handler(new Request(url));
}

describe('the app:// protocol', () => {
  it('serves the renderer with the content security policy', async () => {
    const response = await serveApp()('app://shelfmark/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<title>Shelfmark</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://shelfmark/..%2flibrary.sqlite',
    'app://shelfmark/%2e%2e/library.sqlite',
    'app://other/index.html',
  ])('does not serve %s', async (url) => {
    const response = await serveApp()(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('private');
  });

  it('tells its own pages from everything else', () => {
    expect(isAppUrl('app://shelfmark/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://shelfmark/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
