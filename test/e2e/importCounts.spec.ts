import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

test('the sidebar counts pasted papers as soon as the import answers, before the list is read again', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  const all = page.locator('[data-queue=all] .count');
  const unread = page.locator('[data-queue=unread] .count');
  // Every read of the list after Add is held until the sidebar has counted the new papers (or
  // long enough to show it would not have without that read).
  let holding = false;
  let countedWhileHeld = false;
  await page.route('**/api/windowState', async (route) => {
    if (holding) {
      await expect(all)
        .toHaveText('5', { timeout: 5_000 })
        .then(() => (countedWhileHeld = true))
        .catch(() => undefined);
    }
    await route.continue();
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(buildPage(5));
  holding = true;
  await page.getByRole('button', { name: 'Add 2 papers to Unread' }).click();
  await expect(all).toHaveText('5');
  await expect(unread).toHaveText('5');
  expect(countedWhileHeld).toBe(true);
  await expect(page.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(5);
  await expect(page.getByRole('dialog', { name: /Import/ })).toBeHidden();
});
