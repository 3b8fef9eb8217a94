import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../e2e/findChromium';

/** The same Chromium, with the same flags, as the end-to-end tests (playwright.config.ts). Never downloads one. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
