import { parseTrendingPage } from '../../main/import/parseTrendingPage';
import { buildPage } from '../fixtures/miniPage';
import { readSample } from '../fixtures/samples';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

const sample = readSample('trending-papers.txt');
const text = sample ?? buildPage(12);
const total = parseTrendingPage(text).papers.length;
const expected = sample
  ? { typo: 'efficentzero', title: 'EfficientZero V2:', word: 'EfficientZero', broad: 'mastering' }
  : { typo: 'hierarchcal', title: 'Hierarchical Imitation Number 3', word: 'Hierarchical', broad: 'study' };

test('a person finds a paper with a misspelled query, then narrows the results with tag:', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, text, total);

  // Something selected before searching comes back when the box is cleared.
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(1).click();
  const selectedTitle = await rows.nth(1).locator('.paper-title').textContent();

  const box = page.getByLabel('Search papers');
  await box.click();
  await box.pressSequentially(expected.typo, { delay: 20 });
  const first = rows.first();
  await expect(first).toContainText(expected.title);
  await expect(first.locator('mark.match')).toHaveText(expected.word);
  await expect(page.getByRole('region', { name: 'Paper' }).getByRole('heading', { level: 1 })).toContainText(
    expected.title,
  );
  await expect(page.getByRole('region', { name: 'Paper' }).locator('h1 mark.match')).toHaveText(
    expected.word,
  );

  await page.screenshot({ path: 'test-results/search.png' });

  // Tag the best match, then narrow a broader query to that tag.
  await page.getByLabel('Add a tag').fill('keeper');
  await page.getByLabel('Add a tag').press('Enter');
  await expect(page.locator('[data-tag="keeper"] .count')).toHaveText('1');
  await box.fill(expected.broad);
  await expect.poll(() => rows.count()).toBeGreaterThan(1);
  await box.fill(`${expected.broad} tag:keeper`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(expected.title);

  // A query it can't read as written gets a line under the box, not an error.
  await box.fill(`${expected.broad} tag:`);
  await expect(page.locator('.search-problems')).toContainText('tag: needs a name');

  // Clearing restores the whole list and what was selected.
  await box.press('Escape');
  await expect(rows.first()).not.toContainText(expected.title);
  await expect(page.getByRole('region', { name: 'Paper' }).getByRole('heading', { level: 1 })).toHaveText(
    selectedTitle ?? '',
  );
  await expect(page.locator('.list-header [role=status]')).toHaveText(`${total} papers`);
});

test('a slow answer says "Searching…" instead of passing the earlier list off as the results', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, text, total);
  const header = page.locator('.list-header');
  const held: (() => void)[] = [];
  await page.route('**/api/windowState', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes(expected.broad)) await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  await page.getByLabel('Search papers').fill(expected.broad);
  await expect(header.getByText('Searching…')).toBeVisible();
  await expect(header).toHaveAttribute('aria-busy', 'true');
  await expect(header.locator('[role=status]')).toContainText('papers');
  for (const release of held.splice(0)) release();
  await expect(header.locator('[role=status]')).toContainText('result');
  await expect(header.getByText('Searching…')).toHaveCount(0);
  await expect(header).toHaveAttribute('aria-busy', 'false');
});
