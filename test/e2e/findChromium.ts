import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * The browser the end-to-end tests drive: $SHELFMARK_CHROMIUM, else a system Chromium or
 * Chrome, else Playwright's own download if one is installed. Never downloads anything.
 * Returns undefined when Playwright's own browser should be used.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.SHELFMARK_CHROMIUM;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(`SHELFMARK_CHROMIUM is set to ${chosen}, which does not exist.`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    [
      'The end-to-end tests need Chromium or Chrome, and none was found. Install one of:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  Fedora:         sudo dnf install chromium',
      "  any system:     npx playwright install chromium   (Playwright's own build)",
      'or point SHELFMARK_CHROMIUM at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}
