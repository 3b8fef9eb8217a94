import { defineConfig } from '@playwright/test';
import { TEST_CODE_CACHE_DIR } from './test/fixtures/codeCacheDir';
import { findChromium } from './test/e2e/findChromium';

const executablePath = findChromium();
// Every server and CLI the tests start (they inherit this) keeps its code cache out of the user's folder.
process.env.SHELFMARK_CACHE_DIR ??= TEST_CODE_CACHE_DIR;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    viewport: { width: 1360, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
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
    },
  },
});
