import type { Page } from '@playwright/test';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

const TITLE = 'Sorting in $\\mathcal{O}(n)$ Time with Learned Buckets';
const ABSTRACT =
  'We show that learned buckets sort in $\\mathcal{O}(n)$ time on real data. ' +
  'Our method cuts memory by 10\\% against radix sort, and R\\&D costs fall too. ' +
  'The $Q$-function guides each bucket split without any tuning at all.';
const PAGE = [
  TITLE,
  ABSTRACT,
  'Planning Agents That Read the Manual First',
  'We study agents that read documentation before acting. They make fewer mistakes on new tools, and they need fewer trials to finish a task than agents that explore blindly.',
].join('\n');

/** Selects from the start of `from` to the end of `to`, each in some text node of the abstract, as a drag would. */
async function selectAcross(page: Page, from: string, to: string) {
  const found = await page.evaluate(
    ({ first, last }) => {
      const container = document.querySelector('.abstract-text');
      if (!container) return false;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const start = nodes.find((node) => node.data.includes(first));
      const end = nodes.find((node) => node.data.includes(last));
      if (!start || !end) return false;
      const range = document.createRange();
      range.setStart(start, start.data.indexOf(first));
      range.setEnd(end, end.data.indexOf(last) + last.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return true;
    },
    { first: from, last: to },
  );
  expect(found).toBe(true);
}

/** The paper as the API has it, to check what was stored (the quote's source text). */
async function storedNotes(page: Page, id: number): Promise<{ quote: string | null }[]> {
  return page.evaluate(async (paperId) => {
    const token = sessionStorage.getItem('shelfmark.token') ?? '';
    const response = await fetch('api/getPaper', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: paperId }),
    });
    const body = (await response.json()) as { value: { notes: { quote: string | null }[] } };
    return body.value.notes;
  }, id);
}

test('math in titles, abstracts and notes is drawn by KaTeX; highlights and notes on a selection still work', async ({
  page,
  server,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openAndImport(page, server.url, PAGE, 2);

  // The list row and the detail title show KaTeX output, not the TeX source.
  const row = page
    .getByRole('listbox', { name: 'Papers' })
    .getByRole('option')
    .filter({ hasText: 'Learned Buckets' });
  await expect(row.locator('.paper-title .katex')).toHaveCount(1);
  await expect(row.locator('.paper-title')).not.toContainText('\\mathcal', { useInnerText: true });
  await row.click();
  const detail = page.locator('#paper-detail');
  await expect(detail.locator('.detail-title .katex')).toHaveCount(1);
  // KaTeX's layout arrives through the CSSOM (allowed by the CSP), and its fonts from the built renderer.
  expect(
    await detail
      .locator('.detail-title .katex-html .katex-strut')
      .first()
      .evaluate((el) => el.style.height),
  ).toMatch(/em$/);
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate(() =>
      [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded'),
    ),
  ).toBe(true);

  // Escapes outside math show as their characters; math in the abstract is drawn.
  const abstract = detail.locator('.abstract-text');
  await expect(abstract).toContainText('cuts memory by 10% against radix sort, and R&D costs fall too.');
  await expect(abstract).not.toContainText('\\%');
  await expect(abstract.locator('.katex')).toHaveCount(2);

  // A note on a selected sentence with escapes stores the source and highlights the shown sentence.
  await selectAcross(page, 'Our method', 'costs fall too.');
  await page.getByRole('button', { name: 'Note on selection' }).click();
  await page.getByLabel('Note text').fill('Bound is $\\mathcal{O}(n \\log n)$ in the worst case.');
  await page.getByRole('button', { name: 'Done' }).click();
  const anchors = detail.locator('mark.note-anchor');
  await expect(anchors).toHaveText([
    'Our method cuts memory by 10% against radix sort, and R&D costs fall too.',
  ]);
  const id = Number(await row.getAttribute('data-paper-id'));
  expect((await storedNotes(page, id)).map((note) => note.quote)).toEqual([
    'Our method cuts memory by 10\\% against radix sort, and R\\&D costs fall too.',
  ]);
  // The note's own math is drawn too, and its quote as the abstract shows it.
  await expect(detail.locator('.note-body .katex')).toHaveCount(1);
  await expect(detail.locator('.note-quote')).toHaveText([
    'Our method cuts memory by 10% against radix sort, and R&D costs fall too.',
  ]);

  // A selection that ends inside a formula takes the whole formula.
  await selectAcross(page, 'learned buckets', 'sort in ');
  await page.evaluate(() => {
    const selection = document.getSelection();
    const formula = document.querySelector('.abstract-text .katex-html');
    const range = selection?.getRangeAt(0);
    if (range && formula) range.setEnd(formula, 1);
  });
  await page.getByRole('button', { name: 'Note on selection' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(anchors.first()).toContainText('learned buckets sort in');
  await expect(anchors.first().locator('.katex')).toHaveCount(1);
  expect((await storedNotes(page, id)).map((note) => note.quote)).toContain(
    'learned buckets sort in $\\mathcal{O}(n)$',
  );

  // A search's matches are marked over the drawn text, in the list and in the open paper.
  await page.getByLabel('Search papers').fill('buckets');
  await expect(page.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(1);
  await expect(
    page.getByRole('listbox', { name: 'Papers' }).getByRole('option').locator('.paper-title mark.match'),
  ).toHaveText(['Buckets']);
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').click();
  await expect(detail.locator('.detail-title mark.match')).toHaveText(['Buckets']);
  await expect(detail.locator('.detail-title .katex')).toHaveCount(1);
  await expect(abstract.locator('mark.match').first()).toHaveText('buckets');

  expect(violations).toEqual([]);
});

async function importOne(page: Page, text: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Text to import').fill(text);
  await page.getByRole('button', { name: 'Add 1 paper to Unread' }).click();
}

test('KaTeX is fetched only once a text holds math, then draws it', async ({ page, server }) => {
  const katexScripts: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(request.url());
    if (/\/assets\/katex[^/]*\.js$/i.test(request.url())) katexScripts.push(request.url());
  });
  await page.goto(server.url);
  await importOne(page, PAGE.split('\n').slice(2).join('\n'));
  await expect(page.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(1);
  await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').click();
  await expect(page.locator('#paper-detail .abstract-text')).toContainText('read documentation');
  expect(scripts.length).toBeGreaterThan(0);
  expect(katexScripts).toEqual([]);

  await importOne(page, [TITLE, ABSTRACT].join('\n'));
  const row = page
    .getByRole('listbox', { name: 'Papers' })
    .getByRole('option')
    .filter({ hasText: 'Learned Buckets' });
  await expect(row.locator('.paper-title .katex')).toHaveCount(1);
  expect(katexScripts).toHaveLength(1);
});
