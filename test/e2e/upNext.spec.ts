import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

test('a person orders "up next" by dragging, and with Read next / Read last', async ({ page, server }) => {
  await openAndImport(page, server.url, buildPage(5), 5);
  await page.locator('[data-queue=unread]').click();
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  const titles = async () =>
    (await rows.locator('.paper-title').allTextContents()).map((title) => title.split(':')[0]);
  await expect(rows).toHaveCount(5);

  // Drag the fourth paper onto the top half of the first: it goes first.
  const first = rows.nth(0);
  const box = await first.boundingBox();
  await rows.nth(3).dragTo(first, { targetPosition: { x: 40, y: Math.max(2, (box?.height ?? 60) / 4) } });
  await expect
    .poll(titles)
    .toEqual([
      'Meta Value Learning Number 4',
      'Offline Planning Number 1',
      'Model-Based Exploration Number 2',
      'Hierarchical Imitation Number 3',
      'Inverse Policy Search Number 5',
    ]);

  await rows.nth(4).click();
  await page.getByRole('button', { name: 'Read next' }).click();
  await expect.poll(async () => (await titles())[0]).toBe('Inverse Policy Search Number 5');
  await page.getByRole('button', { name: 'Read last' }).click();
  await expect.poll(async () => (await titles())[4]).toBe('Inverse Policy Search Number 5');

  // The order is the library's, not the window's: a reload shows the same.
  await page.reload();
  await page.locator('[data-queue=unread]').click();
  await expect.poll(async () => (await titles())[0]).toBe('Meta Value Learning Number 4');
});
