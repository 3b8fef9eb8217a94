import type { Page } from '@playwright/test';
import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

/** Counts the reads of the document's selection from now on. */
async function countSelectionReads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counted = window as Window & { selectionReads?: number };
    counted.selectionReads = 0;
    const getSelection = document.getSelection.bind(document);
    document.getSelection = () => {
      counted.selectionReads = (counted.selectionReads ?? 0) + 1;
      return getSelection();
    };
  });
}

function selectionReads(page: Page): Promise<number> {
  return page.evaluate(() => (window as Window & { selectionReads?: number }).selectionReads ?? 0);
}

/** Drags the mouse over the first words of the open abstract, as a person selecting them would. */
async function dragOverAbstract(page: Page): Promise<void> {
  const box = await page.locator('.abstract-text p').first().boundingBox();
  if (!box) throw new Error('no abstract on screen');
  await page.mouse.move(box.x + 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + 8, { steps: 5 });
  await page.mouse.up();
}

test('typing in the search box with a paper open leaves its abstract’s selection alone; a span selected after it is quoted', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
  const noteOnSelection = page.getByRole('button', { name: 'Note on selection' });
  await expect(page.locator('.abstract-text')).toBeVisible();
  await expect(noteOnSelection).toBeDisabled();

  await dragOverAbstract(page);
  await expect(noteOnSelection).toBeEnabled();

  // Into the search box: the selection is the box's now, and no key typed there reads it.
  const search = page.getByLabel('Search papers');
  await search.click();
  await expect(noteOnSelection).toBeDisabled();
  await countSelectionReads(page);
  await search.pressSequentially('study');
  await expect(page.locator('.list-header [role=status]')).toContainText('result');
  await expect(page.locator('.abstract-text')).toBeVisible();
  expect(await selectionReads(page)).toBe(0);
  await expect(noteOnSelection).toBeDisabled();

  // A span of the abstract selected with the search still typed in: the note quotes it.
  await dragOverAbstract(page);
  await expect(noteOnSelection).toBeEnabled();
  const quoted = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
  expect(quoted.length).toBeGreaterThan(3);
  await noteOnSelection.click();
  await expect(page.getByLabel('Note text')).toBeVisible();
  await expect(page.locator('mark.note-anchor')).toHaveText(quoted);
});
