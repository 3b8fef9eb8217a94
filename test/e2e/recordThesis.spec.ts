import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parseBib } from '../fixtures/recordBib';
import { SAMPLES_DIR, readSample } from '../fixtures/samples';
import { expect, test } from './serveFixture';

const THESIS = 'real-thesis.bib';
const bib = readSample(THESIS);
// readSample has printed SKIPPED and why when the file is absent.
test.skip(bib === null, `needs ${THESIS} in ${SAMPLES_DIR}`);

/** The paper the person edits: a journal article with a publisher and pages, early in the file. */
const EDITED = {
  key: 'zhu2014supporting',
  title: 'Supporting secure programming in web applications through interactive static analysis',
};

type Entry = ReturnType<typeof parseBib>['entries'][number];

const text = (value: unknown): string =>
  (Array.isArray(value) ? value.join(' ') : String(value)).replace(/\s+/g, ' ').trim();

function fieldOf(entry: Entry, name: string): string | undefined {
  const value = (entry.fields as Record<string, unknown>)[name];
  return value === undefined ? undefined : text(value);
}

function familyNames(entry: Entry): string[] {
  const authors = (entry.fields as { author?: { lastName?: string; name?: string }[] }).author ?? [];
  return authors.map((author) => author.lastName ?? author.name ?? '');
}

/** The year each list row shows in its byline ("Zhu et al. · 2014 · Journal of …"), or null. */
async function rowYears(page: Page): Promise<(number | null)[]> {
  const bylines = await page
    .getByRole('listbox', { name: 'Papers' })
    .getByRole('option')
    .locator('.paper-byline')
    .allTextContents();
  return bylines.map((line) => {
    const year = /(?:^| · )(\d{4})(?: · |$)/.exec(line)?.[1];
    return year ? Number(year) : null;
  });
}

test('a person imports a real thesis bibliography, edits one paper, exports it losslessly, sorts and finds by author', async ({
  page,
  server,
}) => {
  // Two hundred entries through import, export and sorting: room for a loaded machine, not a speed bound.
  test.slow();
  const input = parseBib(bib ?? '').entries;
  const byKey = new Map(input.map((entry) => [entry.key, entry]));
  const edited = byKey.get(EDITED.key);
  expect(edited, `${EDITED.key} is in the thesis file`).toBeDefined();

  // Import the file through the dialog's file picker, filed as Read (a thesis bibliography is read).
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Or choose a file:').setInputFiles(resolve(SAMPLES_DIR, THESIS));
  await page.getByLabel('File new papers as').selectOption('read');
  const add = page.getByRole('button', { name: /^Add \d+ papers to Read$/ });
  await expect(add).toBeEnabled();
  const count = Number(/\d+/.exec((await add.textContent()) ?? '')?.[0]);
  // One paper is listed twice under two keys; the library keeps the first.
  const titles = new Set(input.map((entry) => text(fieldOf(entry, 'title') ?? '').toLowerCase()));
  expect(count).toBe(titles.size);
  await add.click();
  await expect(page.locator('[data-queue=read] .count')).toHaveText(String(count));
  await page.locator('[data-queue=read]').click();

  // Open one paper and edit its record in place.
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.filter({ hasText: EDITED.title }).click();
  const detail = page.getByRole('region', { name: 'Paper' });
  await expect(detail.locator('.detail-title')).toHaveText(EDITED.title);
  const info = detail.getByRole('region', { name: 'Info' });
  await expect(info.getByLabel('Entry type')).toHaveValue('article');
  await expect(info.getByLabel('Year')).toHaveValue('2014');

  await info.getByLabel('Entry type').selectOption('inproceedings');
  await expect(page.locator('.toast')).toContainText(`Edited ${EDITED.key}`);
  await info.getByLabel('New creator', { exact: true }).fill('Thomas, Tyler');
  await info.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(detail).toContainText('Jun Zhu, Jing Xie, Heather Richter Lipford, Bill Chu, Tyler Thomas');
  await info.getByLabel('Year').fill('2013');
  await info.getByLabel('Year').press('Enter');
  await expect(rows.filter({ hasText: EDITED.title })).toContainText('· 2013 ·');

  // Undo once: the year goes back; the type and the added author stay.
  await page.keyboard.press('Control+z');
  await expect(info.getByLabel('Year')).toHaveValue('2014');
  await expect(info.getByLabel('Entry type')).toHaveValue('inproceedings');
  await expect(detail).toContainText('Bill Chu, Tyler Thomas');

  // Export everything as BibTeX, as the window downloads it.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await expect(dialog.getByLabel('Format')).toHaveValue('bibtex');
  await dialog.getByLabel(`All ${count}`).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const exported = parseBib(readFileSync((await (await downloading).path()) ?? '', 'utf8')).entries;
  expect(exported).toHaveLength(count);

  const out = new Map(exported.map((entry) => [entry.key, entry]));
  const change = out.get(EDITED.key);
  expect(change?.type).toBe('inproceedings');
  expect(change && familyNames(change)).toEqual(['Zhu', 'Xie', 'Lipford', 'Chu', 'Thomas']);
  expect(change && fieldOf(change, 'year')).toBe('2014');
  for (const field of ['pages', 'publisher', 'journal', 'volume', 'number']) {
    expect(change && fieldOf(change, field), field).toBe(edited && fieldOf(edited, field));
  }
  // Every other entry keeps its type, and its booktitle, pages and publisher as the file had them.
  let compared = { booktitle: 0, pages: 0, publisher: 0 };
  for (const entry of exported.filter((one) => one.key !== EDITED.key)) {
    const original = byKey.get(entry.key);
    expect(original, `${entry.key} came from the file`).toBeDefined();
    if (!original) continue;
    expect(entry.type, entry.key).toBe(original.type.toLowerCase());
    for (const field of ['booktitle', 'pages', 'publisher'] as const) {
      const before = fieldOf(original, field);
      expect(fieldOf(entry, field), `${entry.key}.${field}`).toBe(before);
      if (before !== undefined) compared = { ...compared, [field]: compared[field] + 1 };
    }
  }
  // The comparison covered the fields a lossy export used to drop (issue 9: 114 pages, 69 publishers).
  expect(compared.booktitle).toBeGreaterThan(50);
  expect(compared.pages).toBeGreaterThan(100);
  expect(compared.publisher).toBeGreaterThan(50);

  // Sort by year: oldest first, and newest first after the direction is flipped.
  const years = input.map((entry) => Number(fieldOf(entry, 'year'))).filter(Number.isInteger);
  const list = page.getByRole('listbox', { name: 'Papers' });
  // The list keeps the open paper in view; the person scrolls up to the top to see the oldest.
  const scrollToTop = () => list.evaluate((element) => element.scrollTo({ top: 0 }));
  await page.getByLabel('Sort by').selectOption('year');
  await expect(rows.filter({ hasText: EDITED.title })).toBeVisible();
  await scrollToTop();
  await expect(rows.first().locator('.paper-byline')).toContainText(String(Math.min(...years)));
  const ascending = (await rowYears(page)).filter((year) => year !== null);
  expect(ascending.length).toBeGreaterThan(5);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByRole('button', { name: /Ascending/ }).click();
  await scrollToTop();
  await expect(rows.first().locator('.paper-byline')).toContainText(String(Math.max(...years)));
  const descending = (await rowYears(page)).filter((year) => year !== null);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  // Find a paper by author: as many results as the file has papers by Lipford.
  const lipford = input.filter((entry) => familyNames(entry).some((name) => /lipford/i.test(name)));
  const lipfordTitles = new Set(lipford.map((entry) => text(fieldOf(entry, 'title')).toLowerCase()));
  await page.locator('[data-queue=all]').click();
  const box = page.getByLabel('Search papers');
  await box.fill('author:Lipford');
  await expect(page.locator('.list-header [role=status]')).toHaveText(`${lipfordTitles.size} results`);
  await expect(rows).toHaveCount(lipfordTitles.size);
  await rows.filter({ hasText: 'Why do programmers make security errors?' }).click();
  await expect(detail).toContainText('Heather Richter Lipford');
});
