import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';
import type { Page } from '@playwright/test';

/** Nothing that could be read as a library: no queues, no counts, no papers, no error banner. */
async function expectNoLibrary(page: Page) {
  await expect(page.locator('[data-queue]')).toHaveCount(0);
  await expect(page.locator('.count')).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('All papers')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
}

test('an address without its token shows how to open Shelfmark, and nothing that looks like data', async ({
  page,
  browser,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  const stranger = await browser.newPage();
  await stranger.goto(server.url.replace(/#.*$/, ''));
  const screen = stranger.getByRole('main', { name: 'Open Shelfmark' });
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(
    'Open Shelfmark with the address it printed',
  );
  await expect(screen).toContainText('npm run serve');
  await expect(screen).toContainText('#token=');
  await expect(screen).toContainText('Your papers are safe');
  await expectNoLibrary(stranger);
  await stranger.close();
});

test('a wrong or old token shows the same kind of screen, saying the token is not this run’s', async ({
  browser,
  server,
}) => {
  const page = await browser.newPage();
  await page.goto(server.url.replace(/#token=.*$/, '#token=not-the-token'));
  const screen = page.getByRole('main', { name: 'Open Shelfmark' });
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('This address’s token is out of date');
  await expect(screen).toContainText('npm run serve');
  await expectNoLibrary(page);
  // The right address still opens the library in the same tab.
  await page.goto(server.url);
  await page.reload();
  await expect(page.locator('[data-queue=all] .count')).toHaveText('0');
  await page.close();
});
