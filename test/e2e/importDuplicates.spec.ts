import { MINI_TITLES } from '../fixtures/miniPage';
import { expect, test } from './serveFixture';

test('the preview tells a title repeated in the paste from one already in the library', async ({
  page: browser,
  server,
}) => {
  await browser.goto(server.url);
  await browser.getByRole('button', { name: 'Import', exact: true }).click();
  await browser.getByLabel('Text to import').fill(MINI_TITLES[0] ?? '');
  await browser.getByRole('button', { name: 'Add 1 paper to Unread' }).click();
  await expect(browser.getByRole('dialog')).toBeHidden();

  await browser.getByRole('button', { name: 'Import', exact: true }).click();
  await browser.getByLabel('Text to import').fill([...MINI_TITLES, MINI_TITLES[1]].join('\n'));
  const candidates = browser.locator('.candidate');
  await expect(candidates).toHaveCount(4);
  await expect(candidates.locator('.candidate-badge')).toHaveText([
    'In library',
    'New',
    'New',
    'Repeated in this paste',
  ]);
});
