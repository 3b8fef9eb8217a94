import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

const LONG_NAME = 'automated statistical analysis of reinforcement learning benchmarks';

test('tags: an existing spelling is used and said, a merge is asked first, colours show on chips', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(4), 4);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  const toast = page.locator('.toast');
  const addTag = async (name: string) => {
    await page.getByLabel('Add a tag').fill(name);
    await page.getByLabel('Add a tag').press('Enter');
  };

  // "rl" on a paper when "RL" exists adds "RL", and the toast says so; again, it says nothing changed.
  await rows.nth(0).click();
  await addTag('RL');
  await rows.nth(1).click();
  await addTag('rl');
  const chips = page.locator('.paper-tag-editor .chip');
  await expect(chips).toHaveText(['RL×']);
  await expect(toast).toContainText('Tagged 1 paper RL (the existing tag RL for “rl”)');
  await addTag('rl');
  await expect(toast).toContainText('The paper already has “RL”.');
  await expect(page.locator('[data-tag="RL"] .count')).toHaveText('2');

  // Renaming onto an existing tag asks first, naming both tags and the papers; Cancel changes nothing.
  await rows.nth(2).click();
  await addTag('reinforcement');
  await page.getByRole('button', { name: 'Edit tag reinforcement' }).click();
  await page.getByLabel('Tag name').fill('rl');
  await page.getByRole('button', { name: 'Rename' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm merge' });
  await expect(confirm).toHaveText(/Merge “reinforcement” into “RL”\? 3 papers will carry “RL”\./);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-tag="reinforcement"] .count')).toHaveText('1');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.locator('[data-tag="reinforcement"]')).toHaveCount(0);
  await expect(page.locator('[data-tag="RL"] .count')).toHaveText('3');

  // An uncoloured tag's picker says "No colour" and hides the picker's colour; a colour shows on every chip.
  await page.getByRole('button', { name: 'Edit tag RL' }).click();
  const picker = page.getByLabel('Tag color');
  await expect(page.getByTestId('tag-color-value')).toHaveText('No colour');
  await expect(picker).toHaveClass(/no-color/);
  await picker.fill('#cc3300');
  await expect(page.getByTestId('tag-color-value')).toHaveText('#cc3300');
  await expect(picker).not.toHaveClass(/no-color/);
  const rowChip = rows.nth(0).locator('.chip');
  await expect(rowChip).toHaveCSS('border-top-color', 'rgb(204, 51, 0)');
  await expect(chips.first()).toHaveCSS('border-top-color', 'rgb(204, 51, 0)');
  await expect(chips.first().locator('.tag-dot')).toHaveCSS('background-color', 'rgb(204, 51, 0)');
  await page.getByRole('button', { name: 'No colour' }).click();
  await expect(page.getByTestId('tag-color-value')).toHaveText('No colour');
  await expect(rowChip).not.toHaveCSS('border-top-color', 'rgb(204, 51, 0)');
  await page.getByRole('button', { name: 'Close' }).click();

  // A long name ends in an ellipsis, with the full name as its title, and never runs into its count.
  await addTag(LONG_NAME);
  const longRow = page.locator(`[data-tag="${LONG_NAME}"]`);
  await expect(longRow.locator('.tag-name')).toHaveAttribute('title', LONG_NAME);
  await expect(longRow.locator('.tag-label')).toHaveCSS('text-overflow', 'ellipsis');
  const label = await longRow.locator('.tag-label').boundingBox();
  const count = await longRow.locator('.count').boundingBox();
  expect(label && count && label.x + label.width <= count.x).toBe(true);
  expect(await longRow.locator('.tag-label').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('tags named like object properties work in the window: add, filter, search', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
  for (const name of ['constructor', '__proto__', 'toString']) {
    await page.getByLabel('Add a tag').fill(name);
    await page.getByLabel('Add a tag').press('Enter');
    await expect(page.locator(`[data-tag="${name}"] .count`)).toHaveText('1');
  }
  await expect(page.locator('.paper-tag-editor .chip')).toHaveText([
    '__proto__×',
    'constructor×',
    'toString×',
  ]);
  await page.locator('[data-tag="__proto__"]').click();
  await expect(page.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(1);
  await page.locator('[data-tag="__proto__"]').click();
  await page.getByLabel('Search papers').fill('tag:constructor');
  await expect(page.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(1);
});
