import { readFileSync } from 'node:fs';
import { COPY_LIMIT } from '../../preload/api';
import { parseTrendingPage } from '../../main/import/parseTrendingPage';
import { HAVE_BIBTEX, compileWithBibtex } from '../fixtures/latexTools';
import { buildPage } from '../fixtures/miniPage';
import { readSample } from '../fixtures/samples';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

const text = readSample('trending-papers.txt') ?? buildPage(12);
const total = parseTrendingPage(text).papers.length;

test("a person exports a tag's papers as BibTeX and gets a file that compiles", async ({ page, server }) => {
  await openAndImport(page, server.url, text, total);

  // Tag the first three papers, then show only that tag.
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(0).click();
  await rows.nth(2).click({ modifiers: ['Shift'] });
  await page.getByLabel('Tag for selected papers').fill('to cite');
  await page.getByRole('button', { name: 'Add tag', exact: true }).click();
  await page.locator('[data-tag="to cite"]').click();
  await expect(rows).toHaveCount(3);
  const titles = await rows.locator('.paper-title').allTextContents();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await expect(dialog.getByLabel('Format')).toHaveValue('bibtex');
  await expect(dialog).toContainText('The 3 in this view (tagged to cite)');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shelfmark-tag-to-cite-\d{4}-\d{2}-\d{2}\.bib$/);

  const bib = readFileSync((await download.path()) ?? '', 'utf8');
  const entries = bib.match(/^@\w+\{/gm) ?? [];
  expect(entries).toHaveLength(3);
  expect(bib).toContain('keywords = {to cite}');
  for (const title of titles) expect(bib).toContain(title.split(/[:\s]/)[0] ?? '');
  expect(bib).not.toMatch(/(?<!\\)%(?! Exported)/);
  if (HAVE_BIBTEX) expect(compileWithBibtex(bib).errors).toEqual([]);
});

test('a large export downloads as a stream, with its progress shown', async ({ page, server }) => {
  const count = 3000;
  const papers = Array.from({ length: count }, (_, index) => ({
    title: `Streaming Paper ${index} on Policy Gradients`,
    abstract: `We study the ${index}th way to stream a bibliography. `.repeat(20),
    authors: [`Ada Lovelace`, `Grace Hopper ${index}`],
    year: 1990 + (index % 35),
  }));
  await page.goto(server.url);
  // Seeded through the API the window uses, with the page's own token.
  const added = await page.evaluate(
    async (text) => {
      const token = sessionStorage.getItem('shelfmark.token') ?? '';
      const response = await fetch('api/commitImport', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, format: 'json' }),
      });
      return ((await response.json()) as { value: { added: number } }).value.added;
    },
    JSON.stringify({ format: 'shelfmark-library', version: 2, papers }),
  );
  expect(added).toBe(count);
  await page.reload();
  await expect(page.locator('[data-queue=all] .count')).toHaveText(String(count));

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await dialog.getByRole('radio', { name: `All ${count}` }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('status')).toContainText(/of 3,?000 papers/);
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
    'max',
    String(count),
  );
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shelfmark-all-\d{4}-\d{2}-\d{2}\.bib$/);
  const bib = readFileSync((await download.path()) ?? '', 'utf8');
  expect(bib.match(/^@\w+\{/gm) ?? []).toHaveLength(count);
  expect(bib.startsWith(`% Exported from Shelfmark: ${count} entries.`)).toBe(true);
  await expect(page.getByText(`Exported ${count} papers`)).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('Copy BibTeX of more papers than the clipboard should take offers the export dialog instead', async ({
  page,
  server,
}) => {
  const count = COPY_LIMIT + 1;
  const papers = Array.from({ length: count }, (_, index) => ({ title: `Copied Paper ${index}` }));
  await page.goto(server.url);
  await page.evaluate(
    async (text) => {
      const token = sessionStorage.getItem('shelfmark.token') ?? '';
      await fetch('api/commitImport', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, format: 'json' }),
      });
    },
    JSON.stringify({ format: 'shelfmark-library', version: 2, papers }),
  );
  await page.reload();
  await expect(page.locator('[data-queue=all] .count')).toHaveText(String(count));
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  const bulkBar = page.getByRole('toolbar', { name: 'Selected papers' });
  await expect(bulkBar).toContainText(`${count} selected`);

  await bulkBar.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByText(/Copy BibTeX takes up to 1,000 papers; 1,001 are selected/)).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await expect(dialog.getByRole('radio', { name: `The ${count} selected` })).toBeChecked();
});
