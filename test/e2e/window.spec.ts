import type { Page } from '@playwright/test';
import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

const PAPERS = 6;

/** The title of the paper under the cursor. */
function cursorTitle(page: Page) {
  return page.locator('[role=option][aria-current=true] .paper-title');
}

async function titles(page: Page): Promise<string[]> {
  return page
    .getByRole('listbox', { name: 'Papers' })
    .getByRole('option')
    .locator('.paper-title')
    .allTextContents();
}

test('a triage key in All papers leaves the cursor where the person was reading', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(PAPERS), PAPERS);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  // The last two papers are read: All lists Unread, then Reading, then Read.
  await rows.nth(4).click();
  await rows.nth(5).click({ modifiers: ['Shift'] });
  await page.keyboard.press('3');
  await expect(page.locator('[data-queue=read] .count')).toHaveText('2');
  await page.locator('[data-queue=all]').click();
  const before = await titles(page);

  await rows.nth(2).click();
  await expect(cursorTitle(page)).toHaveText(before[2] ?? '');
  await page.keyboard.press('2');
  await expect(page.locator('[data-queue=reading] .count')).toHaveText('1');
  // The third paper went to Reading, after the unread ones; the cursor stayed in place, on the next paper.
  await expect
    .poll(() => titles(page))
    .toEqual([before[0], before[1], before[3], before[2], before[4], before[5]]);
  await expect(cursorTitle(page)).toHaveText(before[3] ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before[3] ?? '');
  await expect(page.getByRole('toolbar', { name: 'Selected papers' })).toHaveCount(0);
});

test('selecting a second paper moves no row under the pointer', async ({ page, server }) => {
  await openAndImport(page, server.url, buildPage(PAPERS), PAPERS);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(0).click();
  const box = await rows.nth(3).boundingBox();
  await rows.nth(3).click({ modifiers: ['Control'] });
  await expect(page.getByRole('toolbar', { name: 'Selected papers' })).toBeVisible();
  expect(await rows.nth(3).boundingBox()).toEqual(box);
  // A third click lands on the row the person aimed at.
  const third = await rows.nth(4).boundingBox();
  await page.keyboard.down('Control');
  await page.mouse.click((third?.x ?? 0) + 40, (third?.y ?? 0) + 20);
  await page.keyboard.up('Control');
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/bulk-bar.png' });
});

test('the export dialog opens on the current view and names the file after it', async ({ page, server }) => {
  await openAndImport(page, server.url, buildPage(PAPERS), PAPERS);
  const dialog = page.getByRole('dialog', { name: 'Export papers' });

  // Everything, first.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByLabel(`All ${PAPERS}`).check();
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect.soft((await downloading).suggestedFilename()).toMatch(/^shelfmark-all-\d{4}-\d{2}-\d{2}\.bib$/);

  // Tag two papers rl, show the tag, export again: the dialog is on the view, not on "All".
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(0).click();
  await rows.nth(1).click({ modifiers: ['Shift'] });
  await page.getByLabel('Tag for selected papers').fill('rl');
  await page.getByRole('button', { name: 'Add tag', exact: true }).click();
  await page.locator('[data-tag="rl"]').click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel('The 2 in this view (tagged rl)')).toBeChecked();
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect.soft((await downloading).suggestedFilename()).toMatch(/^shelfmark-tag-rl-\d{4}-\d{2}-\d{2}\.bib$/);

  // Unread, and then a search.
  await page.locator('[data-tag="rl"]').click();
  await page.locator('[data-queue=unread]').click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel(`The ${PAPERS} in this view (in unread)`)).toBeChecked();
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect.soft((await downloading).suggestedFilename()).toMatch(/^shelfmark-unread-\d{4}-\d{2}-\d{2}\.bib$/);
});

test('Escape clears a multi-selection, and the shortcut sheet lists Escape, Delete and Read next', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(PAPERS), PAPERS);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(1).click();
  await rows.nth(3).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Selected papers' })).toHaveCount(0);
  await expect(page.locator('[role=option][aria-selected=true]')).toHaveCount(1);
  await expect(cursorTitle(page)).toHaveText((await titles(page))[1] ?? '');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const row of ['Escape', 'Delete', 'Read next']) await expect(sheet).toContainText(row);
});

test('toasts say what happened in one style, and counts say "1 paper"', async ({ page, server }) => {
  await openAndImport(page, server.url, buildPage(PAPERS), PAPERS);
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Imported 6 papers');
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').nth(0).click();
  await page.keyboard.press('3');
  await expect(toast).toContainText('Moved 1 paper to Read');
  await expect(page.locator('[data-queue=read] .count')).toHaveAccessibleName('1 paper');
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText('Undid: Move 1 paper to Read');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('dialog', { name: 'Export papers' }).getByRole('button', { name: 'Export' }).click();
  await expect(toast).toContainText(`Exported ${PAPERS} papers`);
});

test('a failed import is shown once, in the dialog, and the text stays', async ({ page, server }) => {
  await page.goto(server.url);
  // The disk fills up just as the person confirms.
  await page.route('**/api/commitImport', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'internal',
          message: 'The disk is full; nothing was saved. Free some space and try again.',
        },
      }),
    }),
  );
  const text = buildPage(PAPERS);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(text);
  await page.getByRole('button', { name: `Add ${PAPERS} papers to Unread` }).click();
  const dialog = page.getByRole('dialog', { name: 'Import papers' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The disk is full; nothing was saved. Free some space and try again.',
  );
  await expect(page.getByLabel('Text to import')).toHaveValue(text);
  // Said once: no second message about the same failure behind the dialog (given a moment to appear).
  await page.waitForTimeout(1000);
  // Counted now, not retried: a toast goes away by itself after a few seconds.
  expect(await page.locator('.toast').count()).toBe(0);
  expect(await page.getByText(/disk is full|did not go through/).count()).toBe(1);
});
