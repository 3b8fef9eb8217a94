import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../main/security/contentSecurityPolicy';
import { isSafeExternalUrl } from '../../main/security/externalLinks';

describe('the content security policy', () => {
  it('is the same in index.html as in the headers main sends, but for frame-ancestors', () => {
    const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    // Browsers ignore frame-ancestors in a <meta> tag (and log an error), so only the header carries it.
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  it('forbids every page to frame the app', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('allows no inline script, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://github.com/a/b', true],
    ['http://example.org/', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['app://shelfmark/index.html', false],
    ['smb://server/share', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
