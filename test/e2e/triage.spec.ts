import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { parseTrendingPage } from '../../main/import/parseTrendingPage';
import { buildPage } from '../fixtures/miniPage';
import { readSample } from '../fixtures/samples';
import { expect, startServer, test } from './serveFixture';

const text = readSample('trending-papers.txt') ?? buildPage(12);
const papers = parseTrendingPage(text).papers;
const total = papers.length;
const title = (index: number) => papers[index]?.title ?? '';

function count(page: Page, selector: string) {
  return page.locator(`${selector} .count`);
}

/** Selects `sentence` in the open abstract, as a person dragging over it would. */
async function selectInAbstract(page: Page, sentence: string) {
  const found = await page.evaluate((wanted) => {
    const container = document.querySelector('.abstract-text');
    if (!container) return false;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return true;
      }
    }
    return false;
  }, sentence);
  expect(found).toBe(true);
}

test('a person triages, tags, merges tags, notes a sentence, undoes, and finds it all after a restart', async ({
  page,
  server,
  libraryDir,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);

  // 1. Import the page.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(text);
  await page.getByRole('button', { name: `Add ${total} papers to Unread` }).click();
  await expect(count(page, '[data-queue=unread]')).toHaveText(String(total));

  // 2. Triage five papers by keyboard only: the cursor moves on to the next paper after each move.
  await page.locator('[data-queue=unread]').click();
  for (const key of ['j', '2', '3', 'j', '2', 'k', '3', '2']) await page.keyboard.press(key);
  await expect(count(page, '[data-queue=reading]')).toHaveText('3');
  await expect(count(page, '[data-queue=read]')).toHaveText('2');
  await expect(count(page, '[data-queue=unread]')).toHaveText(String(total - 5));
  await page.locator('[data-queue=reading]').click();
  const reading = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await expect(reading).toHaveCount(3);
  for (const index of [0, 3, 4])
    await expect(
      page.getByRole('listbox', { name: 'Papers' }).getByRole('option', { name: title(index) }),
    ).toBeVisible();

  // 3. Tag three papers at once: click one, shift-click another.
  await reading.first().click();
  await reading.last().click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  await page.getByLabel('Tag for selected papers').fill('rl');
  await page.getByRole('button', { name: 'Add tag', exact: true }).click();
  await expect(count(page, '[data-tag="rl"]')).toHaveText('3');

  // 4. Tag a fourth paper by keyboard ("t"), then rename that tag into "rl": a merge.
  await page.locator('[data-queue=read]').click();
  await page
    .getByRole('listbox', { name: 'Papers' })
    .getByRole('option', { name: title(1) })
    .click();
  await expect(page.getByRole('heading', { name: title(1) })).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByLabel('Add a tag')).toBeFocused();
  await page.keyboard.type('Reinforcement Learning');
  await page.keyboard.press('Enter');
  await expect(count(page, '[data-tag="Reinforcement Learning"]')).toHaveText('1');
  await page.getByRole('button', { name: 'Edit tag Reinforcement Learning' }).click();
  await page.getByLabel('Tag name').fill('RL');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Confirm merge' })).toContainText(
    'Merge “Reinforcement Learning” into “rl”? 4 papers will carry “rl”.',
  );
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.locator('[data-tag="Reinforcement Learning"]')).toHaveCount(0);
  await expect(count(page, '[data-tag="rl"]')).toHaveText('4');

  // 5. Note on a selected sentence of the abstract; the sentence is highlighted.
  const sentence = (papers[1]?.abstract ?? '').split('. ')[1] ?? '';
  expect(sentence.length).toBeGreaterThan(20);
  await selectInAbstract(page, sentence);
  await page.getByRole('button', { name: 'Note on selection' }).click();
  await page.getByLabel('Note text').fill('Compare with **our** baseline.');
  await page.getByRole('button', { name: 'Done' }).click();
  const highlight = page.locator('mark.note-anchor');
  await expect(highlight).toHaveText(sentence);
  await expect(page.locator('.note-body strong')).toHaveText('our');
  await highlight.click();
  await expect(page.locator('.note.focused')).toContainText('Compare with our baseline.');

  // 6. Undo twice (the note's text, then the note itself), redo once (the note comes back, empty).
  await page.keyboard.press('Control+z');
  await expect(page.locator('.note-body')).toContainText('Empty note');
  await page.keyboard.press('Control+z');
  await expect(highlight).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(highlight).toHaveText(sentence);

  // Shortcuts never fire while typing: "2" in the tag box is text, not a move to Reading.
  await page.keyboard.press('t');
  await page.keyboard.type('2');
  await expect(page.getByLabel('Add a tag')).toHaveValue('2');
  await expect(count(page, '[data-queue=reading]')).toHaveText('3');

  // 7. Restart the server on the same file: everything is as it was left.
  await server.stop();
  const again = await startServer(join(libraryDir, 'library.sqlite'));
  try {
    await page.goto(again.url);
    await expect(count(page, '[data-queue=reading]')).toHaveText('3');
    await expect(count(page, '[data-queue=read]')).toHaveText('2');
    await expect(count(page, '[data-tag="rl"]')).toHaveText('4');
    await page.locator('[data-queue=read]').click();
    await page
      .getByRole('listbox', { name: 'Papers' })
      .getByRole('option', { name: title(1) })
      .click();
    await expect(page.locator('mark.note-anchor')).toHaveText(sentence);
    await page.screenshot({ path: join(__dirname, '../../test-results/triage.png') });
  } finally {
    await again.stop();
  }
});
