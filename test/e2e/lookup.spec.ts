import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HAVE_BIBER, HAVE_BIBTEX, checkWithBiber, compileWithBibtex } from '../fixtures/latexTools';
import { fixture } from '../lookup/fixtures';
import { startFakeSources, type FakeSources } from '../lookup/fakeSources';
import { LOOKUP_PAGE } from '../lookup/lookupPage';
import { openAndImport } from './importPage';
import { expect, startServer, test as base, type ShelfmarkServer } from './serveFixture';

/** `serve` with every lookup pointed at fake sources on 127.0.0.1, which count what they receive. */
const test = base.extend<{ fake: FakeSources; lookupServer: ShelfmarkServer }>({
  // eslint-disable-next-line no-empty-pattern
  fake: async ({}, use) => {
    const fake = await startFakeSources();
    await use(fake);
    await fake.close();
  },
  lookupServer: async ({ libraryDir, fake }, use) => {
    const server = await startServer(join(libraryDir, 'library.sqlite'), fake.env);
    await use(server);
    await server.stop();
  },
});

async function exportBibtex(page: Page): Promise<string> {
  await page.locator('[data-queue=all]').click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  return readFileSync((await (await downloading).path()) ?? '', 'utf8');
}

const entry = (bib: string, key: string) =>
  new RegExp(`@\\w+\\{${key},[\\s\\S]*?\\n\\}`).exec(bib)?.[0] ?? '';

test('a pasted page is filled in, one uncertain match reviewed, and the export has authors and years', async ({
  page,
  lookupServer,
}) => {
  test.setTimeout(120_000);
  await openAndImport(page, lookupServer.url, LOOKUP_PAGE, 3);
  const keysBefore = ['attentionAllYou', 'tdMpc2Scalable', 'offDiagonalRamsey'];

  // The import added three papers without authors or years: the window offers to fill them in.
  const offer = page.getByRole('region', { name: 'Fill in details' });
  await offer.getByRole('button', { name: 'Fill in authors and years for these 3 papers' }).click();
  // arXiv is asked once every 3 s: the progress shows, with Cancel, while the papers are looked up.
  const progress = page.getByRole('region', { name: 'Lookup' });
  await expect(progress.getByRole('progressbar', { name: 'Lookup progress' })).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.locator('.toast')).toContainText('Filled in 1 paper; 2 matches wait for review', {
    timeout: 60_000,
  });
  await expect(progress).toHaveCount(0);

  // Review: the TD-MPC2 match was found by title alone; the Ramsey one is another paper.
  const reviewEntry = page.locator('[data-review]');
  await expect(reviewEntry.locator('.count')).toHaveText('2');
  await reviewEntry.click();
  const review = page.getByRole('dialog', { name: 'Review matches' });
  const tdmpc = review.getByRole('region', { name: 'Match for tdMpc2Scalable' });
  const year = tdmpc.locator('tr[data-field=year]');
  await expect(year.getByRole('cell').nth(0)).toHaveText('—');
  await expect(year.getByRole('cell').nth(1)).toHaveText('2023');
  await expect(tdmpc.locator('tr[data-field=authors]')).toContainText(
    'Nicklas Hansen, Hao Su, Xiaolong Wang',
  );
  await tdmpc.getByRole('checkbox', { name: 'Accept arXiv id' }).uncheck();
  await tdmpc.getByRole('checkbox', { name: 'Accept Archive' }).uncheck();
  await tdmpc.getByRole('button', { name: 'Accept 2 of 4 fields' }).click();
  await expect(tdmpc).toHaveCount(0);
  const ramsey = review.getByRole('region', { name: 'Match for offDiagonalRamsey' });
  await expect(ramsey).toContainText('Off-diagonal book Ramsey numbers');
  await ramsey.getByRole('button', { name: 'Reject match' }).click();
  await expect(review).toContainText('Nothing waits for review.');
  await review.getByRole('button', { name: 'Close' }).click();
  await expect(reviewEntry.locator('.count')).toHaveText('0');

  const bib = await exportBibtex(page);
  for (const key of keysBefore) expect(bib).toContain(`{${key},`);
  expect(entry(bib, 'attentionAllYou')).toMatch(
    /author = \{Vaswani, Ashish and Shazeer, Noam and Parmar, Niki\}/,
  );
  expect(entry(bib, 'attentionAllYou')).toMatch(/year = \{2017\}/);
  expect(entry(bib, 'tdMpc2Scalable')).toMatch(/author = \{Hansen, Nicklas and Su, Hao and Wang, Xiaolong\}/);
  expect(entry(bib, 'tdMpc2Scalable')).toMatch(/year = \{2023\}/);
  expect(entry(bib, 'tdMpc2Scalable')).not.toMatch(/eprint/);
  // The rejected match left the Ramsey paper as it was.
  expect(entry(bib, 'offDiagonalRamsey')).not.toMatch(/author|year/);
  if (HAVE_BIBTEX) expect(compileWithBibtex(bib).errors).toEqual([]);
  else console.log('SKIPPED: pdflatex and bibtex are not installed.');
  if (HAVE_BIBER) expect(checkWithBiber(bib).errors).toEqual([]);
  else console.log('SKIPPED: biber is not installed.');

  // Undo the rejection, the accepted review, then the lookup itself.
  const toast = page.locator('.toast');
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText('Undid: Reject the match for offDiagonalRamsey');
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText('Undid: Look up tdMpc2Scalable: authors, year');
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText('Undid: Look up attentionAllYou: authors, year');
  const after = await exportBibtex(page);
  expect(after).not.toMatch(/author =|year =/);
  for (const key of keysBefore) expect(after).toContain(`{${key},`);
});

test('a reloaded page shows the lookup still running, with progress and Cancel, which stops it', async ({
  page,
  lookupServer,
  fake,
}) => {
  test.setTimeout(120_000);
  await openAndImport(page, lookupServer.url, LOOKUP_PAGE, 3);
  fake.dblp.script('/search/publ/api', [{ status: 200, body: fixture('dblp/empty.json'), delayMs: 3000 }]);
  const offer = page.getByRole('region', { name: 'Fill in details' });
  await offer.getByRole('button', { name: 'Fill in authors and years for these 3 papers' }).click();
  const progress = page.getByRole('region', { name: 'Lookup' });
  await expect(progress.getByRole('progressbar', { name: 'Lookup progress' })).toBeVisible();

  await page.reload();
  await expect(progress.getByRole('progressbar', { name: 'Lookup progress' })).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.toast')).toContainText(/stopped after \d of 3/, { timeout: 60_000 });
  await expect(progress).toHaveCount(0);
});

test('with lookups off in the settings, nothing reaches the services', async ({
  page,
  lookupServer,
  fake,
}) => {
  await page.goto(lookupServer.url);
  await page.getByRole('button', { name: 'Lookup settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Lookup settings' });
  await settings.getByRole('checkbox', { name: /Look papers up online/ }).uncheck();
  await settings.getByLabel('Semantic Scholar API key').fill('sk-secret-e2e');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();

  await page.getByRole('button', { name: 'Lookup settings' }).click();
  await expect(settings.getByRole('checkbox', { name: /Look papers up online/ })).not.toBeChecked();
  await expect(settings).toContainText('A Semantic Scholar key is set.');
  await expect(settings.getByLabel('Semantic Scholar API key')).toHaveValue('');
  expect(await page.content()).not.toContain('sk-secret-e2e');
  await settings.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(LOOKUP_PAGE);
  await page.getByRole('button', { name: 'Add 3 papers to Unread' }).click();
  await page
    .getByRole('region', { name: 'Fill in details' })
    .getByRole('button', { name: 'Fill in authors and years for these 3 papers' })
    .click();
  await expect(page.getByRole('alert')).toHaveText(
    /Lookup: Lookups are turned off in the lookup settings; nothing was sent\./,
  );
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
  await page.getByRole('button', { name: 'Look up details' }).click();
  await expect(page.getByRole('alert')).toContainText('Lookups are turned off');
  expect(fake.requestCount()).toBe(0);
});

test('a looked-up preprint shows its published version, which one click uses and Undo takes back', async ({
  page,
  lookupServer,
  fake,
}) => {
  await page.goto(lookupServer.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByLabel('Text to import')
    .fill(
      '@misc{attention, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}',
    );
  await page.getByRole('button', { name: 'Add 1 paper to Unread' }).click();
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
  const published = page.getByRole('group', { name: 'Published version' });
  await expect(page.getByRole('button', { name: 'Look up details' })).toBeVisible();
  await expect(published).toHaveCount(0);
  await page.getByRole('button', { name: 'Look up details' }).click();
  await expect(published).toHaveText(
    /Published as: Neural Information Processing Systems 2017\s*Use the published version/,
    { timeout: 30_000 },
  );
  const toast = page.locator('.toast');
  // The lookup's own summary comes first; the click's toast must be the one that follows it.
  await expect(toast).toContainText('Filled in 1 paper');
  const sent = fake.requestCount();
  await published.getByRole('button', { name: 'Use the published version' }).click();
  await expect(toast).toContainText(
    'attention is now the published version (Neural Information Processing Systems 2017)',
  );
  await expect(published).toHaveCount(0);
  await expect(page.locator('.detail-meta .detail-venue')).toHaveText(
    'Neural Information Processing Systems',
  );
  expect(fake.requestCount()).toBe(sent);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('Undid: Published version of attention');
  await expect(published).toContainText('Published as: Neural Information Processing Systems 2017');
  await expect(page.locator('.detail-meta .detail-venue')).toHaveCount(0);
});
