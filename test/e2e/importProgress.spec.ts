import { join } from 'node:path';
import { syntheticExport } from '../bench/importFiles';
import { expect, startServer, test as base, type ShelfmarkServer } from './serveFixture';

/** The import waits for Cancel after its first progress (SHELFMARK_TEST_HOLD_IMPORT), so the race is never lost. */
const test = base.extend<{ holdingServer: ShelfmarkServer }>({
  holdingServer: async ({ libraryDir }, use) => {
    const server = await startServer(join(libraryDir, 'library.sqlite'), { SHELFMARK_TEST_HOLD_IMPORT: '1' });
    await use(server);
    await server.stop();
  },
});

const PAPERS = 10_000;

test('a big import shows its progress, and Cancel leaves the library as it was', async ({
  page,
  holdingServer: server,
}) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(syntheticExport(PAPERS)),
  });
  const add = page.getByRole('button', {
    name: `Add ${PAPERS} papers to Unread`,
  });
  await expect(add).toBeEnabled({ timeout: 120_000 });
  await add.click();
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toHaveText('The import was cancelled. Nothing was imported.', {
    timeout: 60_000,
  });
  await expect(page.locator('[data-queue=all] .count')).toHaveText('0');
});
