import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { libraryOfManyPapers } from '../fixtures/manyPapers';
import { buildPage } from '../fixtures/miniPage';
import { expect, startServer, test } from './serveFixture';

const CLI = resolve(__dirname, '../../bin/shelfmark.js');

/** The command line, as another process writing to the library the page has open. */
function cli(dbPath: string, args: string[], input?: string): void {
  // No background indexer: it would outlive the run and write into the library's folder as it is removed.
  const env = { ...process.env, SHELFMARK_NO_BACKGROUND_INDEX: '1' };
  const run = spawnSync(process.execPath, [CLI, '--db', dbPath, ...args], { input, env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

test('5,000 papers: the list loads only what is on screen, and a jump to the end shows rows at once', async ({
  page,
  libraryDir,
}) => {
  const dbPath = join(libraryDir, 'library.sqlite');
  const titles = libraryOfManyPapers(dbPath, 5000);
  const server = await startServer(dbPath);
  const largest: { method: string; bytes: number }[] = [];
  page.on('response', (response) => {
    const method = /\/api\/(\w+)$/.exec(response.url())?.[1];
    if (method) void response.body().then((body) => largest.push({ method, bytes: body.length }));
  });
  try {
    await page.goto(server.url);
    const list = page.getByRole('listbox', { name: 'Papers' });
    await expect(list.getByRole('option').first()).toContainText(titles[0] ?? '');
    await expect(page.locator('[data-queue=all] .count')).toHaveText('5000');

    // The scrollbar dragged to the bottom: the next frame already shows rows (placeholders
    // until the page arrives), never an empty list, and then the last papers.
    const rowsAfterJump = await list.evaluate(async (element) => {
      element.scrollTop = element.scrollHeight;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return element.querySelectorAll('.paper-row').length;
    });
    expect(rowsAfterJump).toBeGreaterThan(5);
    await expect(list.getByRole('option', { name: titles[4999] })).toBeVisible();
    expect(await list.getByRole('option').count()).toBeLessThan(60);

    // Keyboard from there: k moves up one row of the list.
    await list.getByRole('option', { name: titles[4999] }).click();
    await page.keyboard.press('k');
    await expect(list.getByRole('option', { name: titles[4998] })).toHaveAttribute('aria-current', 'true');

    // And back to the top.
    await list.evaluate((element) => {
      element.scrollTop = 0;
    });
    await expect(list.getByRole('option', { name: titles[0] })).toBeVisible();

    // No request carried the whole list: the largest answer is a window of rows.
    expect(largest.some(({ method }) => method === 'listPapers')).toBe(false);
    expect(Math.max(...largest.map(({ bytes }) => bytes))).toBeLessThan(300_000);
  } finally {
    await server.stop();
  }
});

test('a search of 5,000 results scrolls to its last, past the first results its first answer ranked', async ({
  page,
  libraryDir,
}) => {
  const dbPath = join(libraryDir, 'library.sqlite');
  libraryOfManyPapers(dbPath, 5000);
  const searched = spawnSync(
    process.execPath,
    [CLI, '--db', dbPath, 'search', 'paper', '--limit', '5000', '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const ranked = (JSON.parse(searched.stdout) as { title: string }[]).map((paper) => paper.title);
  expect(ranked).toHaveLength(5000);
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const list = page.getByRole('listbox', { name: 'Papers' });
    await expect(list.getByRole('option').first()).toBeVisible();
    await page.getByLabel('Search papers').fill('paper');
    await expect(page.locator('.list-header [role=status]')).toHaveText(/^5,?000 results$/, {
      timeout: 20_000,
    });
    await expect(list.getByRole('option').first()).toContainText(ranked[0] ?? '');
    await list.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(list.getByRole('option', { name: ranked[4999] })).toBeVisible();
    await list.evaluate((element) => {
      element.scrollTop = 50 * 600;
    });
    await expect(list.getByRole('option', { name: ranked[600] })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a triage key asks only for what it changed: the rows on screen and a margin, the counts, the tags, the open paper', async ({
  page,
  libraryDir,
}) => {
  const dbPath = join(libraryDir, 'library.sqlite');
  const titles = libraryOfManyPapers(dbPath, 5000);
  const server = await startServer(dbPath);
  const answers: { method: string; rows: number }[] = [];
  page.on('response', (response) => {
    const method = /\/api\/(\w+)$/.exec(response.url())?.[1];
    if (!method) return;
    void response
      .json()
      .then((body: { value?: { rows?: unknown[]; window?: { rows: unknown[] } } }) =>
        answers.push({ method, rows: (body.value?.window ?? body.value)?.rows?.length ?? 0 }),
      );
  });
  try {
    await page.goto(server.url);
    const list = page.getByRole('listbox', { name: 'Papers' });
    await list.getByRole('option', { name: titles[0] }).click();
    await expect(page.locator('[data-queue=read] .count')).toHaveText(/\d/);
    const readBefore = Number(await page.locator('[data-queue=read] .count').textContent());
    const shown = await list.getByRole('option').count();
    await page.waitForTimeout(600);
    answers.splice(0);

    await page.keyboard.press('3');
    await expect(page.locator('[data-queue=read] .count')).toHaveText(String(readBefore + 1));
    await page.waitForTimeout(300);
    const asked = answers.map(({ method }) => method);
    // The move, then one read of the rows, counts and tags, and the open paper.
    for (const method of ['setStatus', 'windowState', 'getPaper'])
      expect(
        asked.filter((name) => name === method),
        method,
      ).toHaveLength(1);
    for (const method of ['listPapers', 'listWindow', 'queueCounts', 'listTags'])
      expect(asked).not.toContain(method);
    // The rows drawn on screen and 50 either side at most, not a fixed page of 200.
    const rows = answers.find(({ method }) => method === 'windowState')?.rows ?? 0;
    expect(rows).toBeGreaterThanOrEqual(shown);
    expect(rows).toBeLessThanOrEqual(shown + 100);
  } finally {
    await server.stop();
  }
});

test('the page follows the command line: papers it adds, moves and edits show without a reload', async ({
  page,
  libraryDir,
}) => {
  const dbPath = join(libraryDir, 'library.sqlite');
  const titles = libraryOfManyPapers(dbPath, 20);
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const list = page.getByRole('listbox', { name: 'Papers' });
    const count = (queue: string) => page.locator(`[data-queue=${queue}] .count`);
    await expect(count('all')).toHaveText('20');
    const read = Number(await count('read').textContent());
    await list.getByRole('option').first().click();
    await expect(page.locator('#paper-detail')).toContainText(titles[0] ?? '');

    cli(dbPath, ['import', '-'], buildPage(3));
    cli(dbPath, ['status', 'p000002', 'read']);
    cli(dbPath, ['edit', 'p000001', '--title', 'Renamed from the command line']);

    // The window asks every half second whether the library changed; a loaded machine gets slack.
    await expect(count('all')).toHaveText('23', { timeout: 5000 });
    await expect(count('read')).toHaveText(String(read + 1));
    await expect(list.getByRole('option').first()).toContainText('Renamed from the command line');
    await expect(page.locator('#paper-detail')).toContainText('Renamed from the command line');
    await page.locator('[data-queue=unread]').click();
    await expect(list.getByRole('option', { name: /Number 3: A Study/ })).toBeVisible();
  } finally {
    await server.stop();
  }
});
