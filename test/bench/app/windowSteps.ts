import type { Page } from '@playwright/test';
import { listShown, msFromInput, queueCount, watchFor, waitInPage } from './pageTiming';
import type { ServedApp } from './servedApp';
import { withServerFigures } from './serverFigures';

/*
 * The steps a person takes in the window, driven by keys and clicks and read from the DOM, as the
 * end-to-end tests do: nothing here names an API method, so the steps survive changes behind them.
 */

const LONG = 300_000;

/** Escape in the search box, to the whole list shown again. */
export async function clearSearch(page: Page, app: ServedApp) {
  return withServerFigures(app, async () => {
    await watchFor(page, listShown);
    await page.getByLabel('Search papers').press('Escape');
    return msFromInput(page, LONG);
  });
}

/** In Unread, select the first paper and press 3 (read), to the sidebar's Read count going up. */
export async function triageKey(page: Page, app: ServedApp) {
  await page.locator('[data-queue=unread]').click();
  await waitInPage(page, listShown, LONG);
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
  const before = Number(await page.evaluate(queueCount('read')));
  return withServerFigures(app, async () => {
    await watchFor(page, `${queueCount('read')} === ${before + 1}`);
    await page.keyboard.press('3');
    return msFromInput(page, LONG);
  });
}

/** Paste a page into the Import dialog, then Add: from the click to the sidebar's All count going up. */
export async function pastePage(page: Page, app: ServedApp, text: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(text);
  const add = page.getByRole('button', { name: /^Add \d+ papers? to / });
  await add.waitFor({ timeout: LONG });
  const added = Number(/Add (\d+)/.exec((await add.textContent()) ?? '')?.[1]);
  const before = Number(await page.evaluate(queueCount('all')));
  const figures = await withServerFigures(app, async () => {
    await watchFor(page, `${queueCount('all')} === ${before + added}`);
    await add.click();
    return msFromInput(page, LONG);
  });
  return { ...figures, added };
}

/** Export dialog, All, BibTeX: from the click on Export to the whole file downloaded. */
export async function exportFromWindow(page: Page, app: ServedApp) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await dialog.getByRole('radio', { name: /^All\b/ }).check();
  return withServerFigures(app, async () => {
    const started = performance.now();
    const downloading = page.waitForEvent('download', { timeout: LONG });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    await download.path();
    return performance.now() - started;
  });
}
