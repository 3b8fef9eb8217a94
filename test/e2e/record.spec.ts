import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

const bib = readFileSync(join(__dirname, '..', 'fixtures', 'record.bib'), 'utf8');

test('a person edits a paper’s record in place, undoes once, and exports the edit', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, bib, 3);
  await page
    .getByRole('listbox', { name: 'Papers' })
    .getByRole('option', { name: /Interactive Static Analysis/ })
    .click();
  const detail = page.getByRole('region', { name: 'Paper' });
  await expect(detail).toContainText('Jun Zhu, Bill Chu');
  const info = detail.getByRole('region', { name: 'Info' });

  await info.getByLabel('Entry type').selectOption('inproceedings');
  await expect(page.locator('.toast')).toContainText(/Edited zhu2019/);
  await info.getByLabel('New creator', { exact: true }).fill('Lipford, Heather Richter');
  await info.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(detail).toContainText('Jun Zhu, Bill Chu, Heather Richter Lipford');
  await info.getByLabel('Year').fill('2019');
  await info.getByLabel('Year').press('Enter');
  await expect(info.getByLabel('Year')).toHaveValue('2019');
  // The core refuses a malformed DOI through the one error path, and changes nothing.
  await info.getByLabel('Add field').selectOption('doi');
  await info.getByLabel('doi', { exact: true }).fill('not-a-doi');
  await info.getByLabel('doi', { exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toContainText('is not a DOI');
  // The refused text stays in its field, to be corrected.
  await expect(info.getByLabel('doi', { exact: true })).toHaveValue('not-a-doi');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  // Undo once: the year goes back, the type and the second author stay.
  await page.keyboard.press('Control+z');
  await expect(info.getByLabel('Year')).toHaveValue('2091');
  await expect(info.getByLabel('Entry type')).toHaveValue('inproceedings');
  await expect(detail).toContainText('Heather Richter Lipford');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await dialog.getByLabel('All 3').check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const exported = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  const entry = exported.slice(exported.indexOf('{zhu2019'));
  expect(exported).toMatch(/@inproceedings\{zhu2019,/);
  expect(entry.slice(0, entry.indexOf('\n}'))).toMatch(
    /author = \{Zhu, Jun and Chu, Bill and Lipford, Heather Richter\}/,
  );
  expect(entry.slice(0, entry.indexOf('\n}'))).toMatch(/pages = \{1--20\}/);
  const book = exported.slice(exported.indexOf('{knuth1984'));
  expect(book.slice(0, book.indexOf('\n}'))).toMatch(/publisher = \{Addison-Wesley\}/);
});

test('a person sorts the list by year, adds a paper by hand and updates its provisional key', async ({
  page,
  server,
}) => {
  await openAndImport(page, server.url, bib, 3);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await expect(rows.first()).toContainText('Zhu and Chu · 2091 · Journal of Secure Software');
  await expect(rows.nth(2)).toContainText('Abadi et al. · 2016 · OSDI');

  await page.getByLabel('Sort by').selectOption('year');
  await expect(rows.locator('.paper-title')).toHaveText([
    'The TeXbook',
    'TensorFlow: A System for Large-Scale Machine Learning',
    'Interactive Static Analysis for Secure Code',
  ]);
  await page.getByRole('button', { name: /Ascending/ }).click();
  await expect(rows.first().locator('.paper-title')).toHaveText(
    'Interactive Static Analysis for Secure Code',
  );
  await page.getByLabel('Sort by').selectOption('queue');

  await page.getByRole('button', { name: 'Add paper' }).click();
  const add = page.getByRole('dialog', { name: 'Add a paper' });
  await add.getByRole('button', { name: 'Add paper' }).click();
  await expect(add.getByRole('alert')).toContainText('title');
  await add.getByLabel('Title').fill('Sample Factory: Egocentric RL at Scale');
  await add.getByRole('button', { name: 'Add paper' }).click();
  await expect(add).toBeHidden();
  await expect(page.locator('[data-queue=unread]')).toHaveAttribute('aria-current', /.+/);
  const detail = page.getByRole('region', { name: 'Paper' });
  await expect(detail.locator('.detail-title')).toHaveText('Sample Factory: Egocentric RL at Scale');

  // Made without authors or a year, its key is provisional: give it both, then update the key.
  const oldKey = (await detail.locator('.citekey code').textContent()) ?? '';
  const info = detail.getByRole('region', { name: 'Info' });
  await info.getByLabel('New creator', { exact: true }).fill('Aleksei Petrenko');
  await info.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(detail).toContainText('Aleksei Petrenko');
  await info.getByLabel('Year').fill('2020');
  await info.getByLabel('Year').press('Enter');
  await detail.getByRole('button', { name: 'Update key' }).click();
  const confirm = detail.getByRole('group', { name: 'Update key' });
  await expect(confirm).toContainText(/petrenko2020/i);
  const newKey = (await confirm.locator('code').textContent()) ?? '';
  await confirm.getByRole('button', { name: 'Apply' }).click();
  await expect(detail.locator('.citekey code')).toHaveText(newKey);
  await expect(detail.getByRole('button', { name: 'Update key' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(detail.locator('.citekey code')).toHaveText(oldKey);
});
