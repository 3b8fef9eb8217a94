import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { MINI_PAGE } from '../fixtures/miniPage';
import { readSample } from '../fixtures/samples';
import { expect, test } from './serveFixture';

const sample = readSample('trending-papers.txt');

/** The shared sample when it is there; otherwise our own small page, so the flow is still driven. */
const page = sample
  ? {
      text: sample,
      count: 249,
      title: 'Tool-R1: Sample-Efficient Reinforcement Learning for Agentic Tool Use',
      abstractPart: 'we maintain a dynamic sample queue',
      codeUrl: 'https://github.com/YBYBZhang/Tool-R1',
    }
  : {
      text: MINI_PAGE,
      count: 3,
      // Its $Q$ is drawn by KaTeX; a screen reader still hears the Q.
      title: 'Zeta-Net: Learning Q-Values from Few Samples',
      abstractPart: 'cuts sample cost by half',
      codeUrl: 'https://github.com/example/zeta-net',
    };

const SCREENSHOT = resolve(__dirname, '../../test-results/library.png');

test('a person pastes a page, confirms, and reads a paper from Unread', async ({ page: browser, server }) => {
  const problems: string[] = [];
  browser.on('pageerror', (error) => problems.push(error.message));
  browser.on('console', (message) => {
    // The bridge answers unrecognisable text with 422, which Chromium logs; that one is expected.
    if (message.type() === 'error' && !message.text().includes('status of 422'))
      problems.push(message.text());
  });
  await browser.goto(server.url);
  await expect(browser.getByText('Your reading list is empty')).toBeVisible();
  await expect(browser).not.toHaveURL(/token=/);

  await browser.getByRole('button', { name: 'Import', exact: true }).click();
  await browser.getByLabel('Text to import').fill(page.text);
  await expect(browser.getByRole('status').filter({ hasText: 'Found' })).toContainText(
    `Page of titles: found ${page.count} papers: ${page.count} new, 0 already in your library.`,
  );
  await browser.getByRole('button', { name: `Add ${page.count} papers to Unread` }).click();
  await expect(browser.getByRole('dialog')).toBeHidden();
  await expect(
    browser.getByRole('status').filter({ hasText: `Imported ${page.count} papers` }),
  ).toBeVisible();

  await expect(browser.locator('[data-queue=unread] .count')).toHaveText(String(page.count));
  await expect(browser.locator('[data-queue=all] .count')).toHaveText(String(page.count));
  await browser.locator('[data-queue=unread]').click();
  await browser.getByRole('listbox', { name: 'Papers' }).getByRole('option', { name: page.title }).click();

  const detail = browser.getByRole('region', { name: 'Paper' });
  await expect(detail.getByRole('heading', { name: page.title })).toBeVisible();
  await expect(detail).toContainText(page.abstractPart);
  const code = detail.getByRole('link', { name: 'Code' });
  await expect(code).toHaveAttribute('href', page.codeUrl);
  await expect(code).toHaveAttribute('target', '_blank');

  await browser.getByRole('button', { name: 'Dismiss' }).click();
  await browser.screenshot({ path: SCREENSHOT });
  if (process.env.SHELFMARK_UPDATE_DOCS) {
    mkdirSync(resolve(__dirname, '../../docs'), { recursive: true });
    copyFileSync(SCREENSHOT, resolve(__dirname, '../../docs/library.png'));
  }

  // Importing the same page again adds nothing and says why.
  await browser.getByRole('button', { name: 'Import', exact: true }).click();
  await browser.getByLabel('Text to import').fill(page.text);
  await expect(browser.getByRole('status').filter({ hasText: 'Found' })).toContainText(
    `0 new, ${page.count} already in your library.`,
  );
  await expect(browser.getByRole('button', { name: 'Add to Unread' })).toBeDisabled();

  // Text with nothing recognisable gets a message, and the text stays in the box.
  await browser.getByLabel('Text to import').fill('12345\n---\n');
  await expect(browser.getByRole('alert')).toContainText('Found no paper titles');
  await expect(browser.getByLabel('Text to import')).toHaveValue('12345\n---\n');

  // A content-security-policy violation or a script error shows up here.
  expect(problems).toEqual([]);
});
