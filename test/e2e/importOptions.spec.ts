import { expect, test } from './serveFixture';

const BIB = `@article{a2020, title = {First Paper}, year = 2020, keywords = {robotics, planning}}
@article{b2021, title = {Second Paper}, year = 2021, keywords = {planning, control}}
`;

test('a person files a .bib import as Read and leaves its keywords out of the tags', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(BIB);
  const keywords = page.getByLabel('Make 3 tags from keywords (3 new)');
  await expect(keywords).toBeChecked();
  await keywords.uncheck();
  await page.getByLabel('File new papers as').selectOption('read');
  await page.getByRole('button', { name: 'Add 2 papers to Read' }).click();
  await expect(page.locator('[data-queue=read] .count')).toHaveText('2');
  await expect(page.locator('[data-queue=unread] .count')).toHaveText('0');
  await expect(page.getByText('robotics')).toHaveCount(0);
});
