import { expect, type Page } from '@playwright/test';

/** Opens the app and imports a page through the Import dialog, as a person does at the start of every flow. */
export async function openAndImport(page: Page, url: string, text: string, count: number): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(text);
  await page.getByRole('button', { name: `Add ${count} papers to Unread` }).click();
  await expect(page.locator('[data-queue=all] .count')).toHaveText(String(count));
}
