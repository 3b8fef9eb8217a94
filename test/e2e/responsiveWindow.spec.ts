import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { libraryOfManyPapers } from '../fixtures/manyPapers';
import { buildPage } from '../fixtures/miniPage';
import { expect, startServer, test } from './serveFixture';

/*
 * What a person sees right after a key or a click, before the window's refresh has landed:
 * the refresh's one read is held here, so each outcome below comes from the action's own answer
 * (or rows kept from before), never from waiting for the refresh. No timing is asserted.
 */

/** Holds the window's refresh reads until the returned function is called; counts them. */
async function holdRefreshes(page: Page): Promise<{ release: () => Promise<void>; held: () => number }> {
  const waiting: Route[] = [];
  let holding = true;
  await page.route('**/api/windowState', (route) => {
    if (holding) waiting.push(route);
    else void route.continue();
  });
  return {
    held: () => waiting.length,
    release: async () => {
      holding = false;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}

const count = (page: Page, queue: string) => page.locator(`[data-queue=${queue}] .count`);

test('key 3 moves the Read count at once, Escape brings the list back at once, and a paste moves All', async ({
  page,
  libraryDir,
}) => {
  const dbPath = join(libraryDir, 'library.sqlite');
  const titles = libraryOfManyPapers(dbPath, 400);
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const list = page.getByRole('listbox', { name: 'Papers' });
    const status = page.locator('.list-header [role=status]');
    await page.locator('[data-queue=unread]').click();
    await list.getByRole('option').first().click();
    await expect(count(page, 'read')).toHaveText(/\d/);
    const read = Number(await count(page, 'read').textContent());
    const unread = Number(await count(page, 'unread').textContent());

    // Key 3: the counts come with the move's answer while the refresh is held.
    let refreshes = await holdRefreshes(page);
    await page.keyboard.press('3');
    await expect(count(page, 'read')).toHaveText(String(read + 1));
    await expect(count(page, 'unread')).toHaveText(String(unread - 1));
    expect(refreshes.held()).toBe(1);
    await refreshes.release();
    await page.unrouteAll();
    await page.keyboard.press('Control+z');
    await expect(count(page, 'read')).toHaveText(String(read));

    // Escape in the search box: the list as it was, with nothing answered yet.
    await page.locator('[data-queue=all]').click();
    await expect(status).toHaveText('400 papers');
    await expect(list.getByRole('option').first()).toContainText(titles[0] ?? '');
    await page.getByLabel('Search papers').fill('planning');
    await expect(status).toHaveText(/results?/);
    refreshes = await holdRefreshes(page);
    await page.getByLabel('Search papers').press('Escape');
    await expect(status).toHaveText('400 papers');
    await expect(list.getByRole('option').first()).toContainText(titles[0] ?? '');
    expect(refreshes.held()).toBe(1);
    await refreshes.release();
    await page.unrouteAll();

    // A paste: Add, the All count up after one read, and Undo takes it back.
    const asked: string[] = [];
    page.on('request', (request) => {
      const method = /\/api\/(\w+)$/.exec(request.url())?.[1];
      if (method) asked.push(method);
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Text to import').fill(buildPage(5));
    const add = page.getByRole('button', { name: 'Add 5 papers to Unread' });
    await expect(add).toBeEnabled();
    asked.splice(0);
    await add.click();
    await expect(count(page, 'all')).toHaveText('405');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const afterImport = asked.slice(asked.indexOf('commitImport') + 1);
    expect(afterImport.filter((method) => method === 'windowState').length).toBeGreaterThanOrEqual(1);
    for (const method of ['listWindow', 'queueCounts', 'listTags']) expect(afterImport).not.toContain(method);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(count(page, 'all')).toHaveText('400');
  } finally {
    await server.stop();
  }
});
