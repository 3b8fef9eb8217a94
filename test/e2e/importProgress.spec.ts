import { join } from 'node:path';
import { MAX_IMPORT_TEXT } from '../../preload/api';
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

test("the dialog's own Cancel during an import cancels it, rather than closing over it", async ({
  page,
  holdingServer: server,
}) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  const dialog = page.getByRole('dialog', { name: 'Import papers' });
  // Twice: the dialog closed after a cancelled import opens for another that can be cancelled too.
  for (let round = 0; round < 2; round += 1) {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(syntheticExport(2_000)),
    });
    const add = page.getByRole('button', { name: 'Add 2000 papers to Unread' });
    await expect(add).toBeEnabled({ timeout: 120_000 });
    await add.click();
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('The import was cancelled. Nothing was imported.', {
      timeout: 60_000,
    });
    await expect(page.locator('[data-queue=all] .count')).toHaveText('0');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
});

test('a file over the window’s limit is refused before it is read, saying where to import it; nothing else breaks', async ({
  page,
  holdingServer: server,
}) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import papers' });
  await page.locator('input[type=file]').setInputFiles({
    name: 'whole-library.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(MAX_IMPORT_TEXT + 1, 'x'),
  });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('whole-library.json is 21 MB: the Import dialog takes up to 20 MB.');
  await expect(alert).toContainText('npx shelfmark import whole-library.json');
  await expect(alert).not.toContainText('Bad arguments');
  await expect(dialog.getByLabel('Text to import')).toHaveValue('');
  // The dialog still works: a small file is read and previewed.
  await page.locator('input[type=file]').setInputFiles({
    name: 'small.json',
    mimeType: 'application/json',
    buffer: Buffer.from(syntheticExport(3)),
  });
  await expect(dialog.getByRole('button', { name: 'Add 3 papers to Unread' })).toBeEnabled();
  await expect(alert).toHaveCount(0);
});
