import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

test('a note being typed is never lost: not by switching papers, not by reloading the page', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  const notes = page.getByRole('region', { name: 'Notes' });

  await rows.nth(0).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Note text').pressSequentially('Switched away mid-sentence');
  await rows.nth(1).click(); // no pause for the autosave
  await rows.nth(0).click();
  await expect(notes).toContainText('Switched away mid-sentence');

  await rows.nth(2).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Note text').pressSequentially('Reloaded right after');
  await page.reload();
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').nth(2).click();
  await expect(notes).toContainText('Reloaded right after');
});

test('a note saved as its paper is left is shown when the paper is opened again, though the save answers late', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(0).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Note text').pressSequentially('Switched away mid-sentence');
  // The save reaches the server only after the paper is opened again (a busy machine).
  await page.route('**/api/updateNote', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await rows.nth(1).click();
  await rows.nth(0).click();
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Switched away mid-sentence');
});
