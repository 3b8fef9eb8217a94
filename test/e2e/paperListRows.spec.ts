import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { openLibrary, type LibraryDb } from '../../main/db/openLibrary';
import { addTags } from '../../main/library/tags';
import { libraryOfManyPapers } from '../fixtures/manyPapers';
import { expect, startServer, test as base, type ShelfmarkServer } from './serveFixture';

/** 300 papers ("Paper 000001 on …", libraryOfManyPapers) served and open in the page; `before` changes the library first. */
type ManyPapers = (before?: (db: LibraryDb) => void) => Promise<{ list: Locator; titles: string[] }>;

const test = base.extend<{ manyPapers: ManyPapers }>({
  manyPapers: async ({ page, libraryDir }, use) => {
    let server: ShelfmarkServer | undefined;
    await use(async (before) => {
      const dbPath = join(libraryDir, 'library.sqlite');
      const titles = libraryOfManyPapers(dbPath, 300);
      if (before) {
        const db = openLibrary(dbPath);
        before(db);
        db.close();
      }
      server = await startServer(dbPath);
      await page.goto(server.url);
      return { list: page.getByRole('listbox', { name: 'Papers' }), titles };
    });
    await server?.stop();
  },
});

/** Counts the scroll writes made to the list from now on (the virtualizer scrolls with scrollTo). */
async function countScrollWrites(list: Locator): Promise<void> {
  await list.evaluate((element: HTMLElement & { scrollWrites?: number }) => {
    element.scrollWrites = 0;
    const scrollTo = element.scrollTo.bind(element) as (options?: ScrollToOptions) => void;
    element.scrollTo = ((options?: ScrollToOptions) => {
      element.scrollWrites = (element.scrollWrites ?? 0) + 1;
      scrollTo(options);
    }) as typeof element.scrollTo;
  });
}

function scrollWrites(list: Locator): Promise<number> {
  return list.evaluate((element: HTMLElement & { scrollWrites?: number }) => element.scrollWrites ?? 0);
}

/** Whether `row` lies wholly inside the list's visible box. */
async function whollyVisible(list: Locator, row: Locator): Promise<boolean> {
  const [outer, inner] = await Promise.all([list.boundingBox(), row.boundingBox()]);
  if (!outer || !inner) return false;
  return inner.y >= outer.y - 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

test('the cursor moved inside the view leaves the list where it is; moved past an edge, it scrolls into view', async ({
  page,
  manyPapers,
}) => {
  const { list, titles } = await manyPapers();
  const row = (index: number) => list.getByRole('option', { name: titles[index] });
  await expect(row(0)).toBeVisible();
  await countScrollWrites(list);

  // Inside the view: the cursor moves, the list is not asked to scroll.
  await row(0).click();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('j');
  await expect(row(4)).toHaveAttribute('aria-current', 'true');
  expect(await scrollWrites(list)).toBe(0);
  expect(await list.evaluate((element) => element.scrollTop)).toBe(0);

  // Past the bottom edge: the list follows the cursor, whose row ends wholly on screen.
  for (let step = 0; step < 30; step += 1) await page.keyboard.press('j');
  await expect(row(34)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => whollyVisible(list, row(34))).toBe(true);
  expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  expect(await scrollWrites(list)).toBeGreaterThan(0);

  // Up inside the view again: no scroll.
  const writes = await scrollWrites(list);
  const scrollTop = await list.evaluate((element) => element.scrollTop);
  await page.keyboard.press('k');
  await expect(row(33)).toHaveAttribute('aria-current', 'true');
  expect(await scrollWrites(list)).toBe(writes);
  expect(await list.evaluate((element) => element.scrollTop)).toBe(scrollTop);

  // Back past the top edge, to the first paper.
  for (let step = 0; step < 33; step += 1) await page.keyboard.press('k');
  await expect(row(0)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(0);
  expect(await whollyVisible(list, row(0))).toBe(true);

  // Scrolled away by the wheel, a search's first result is brought into view.
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('j');
  await expect(row(5)).toHaveAttribute('aria-current', 'true');
  await list.evaluate((element) => {
    element.scrollTop = 5000;
  });
  await expect(row(0)).toHaveCount(0);
  await page.getByLabel('Search papers').fill('Paper 000200');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => whollyVisible(list, list.getByRole('option').first())).toBe(true);
});

test('a new search rewrites the rows on screen in place, each with its own paper’s id, state and click', async ({
  page,
  manyPapers,
}) => {
  const { list } = await manyPapers();
  const rows = list.getByRole('option');
  const search = page.getByLabel('Search papers');

  await search.fill('planning');
  await expect(rows.first()).toContainText('planning');
  await expect(page.locator('.list-header [role=status]')).toContainText('result');
  // Mark the DOM elements of the first two rows.
  await list.evaluate((element) => {
    element.querySelectorAll<HTMLElement & { marked?: number }>('.paper-row').forEach((row, index) => {
      row.marked = index;
    });
  });

  await search.fill('control');
  await expect(rows.first()).toContainText('control');
  await expect(rows.first()).not.toContainText('planning');
  const first = await rows.first().evaluate((row: HTMLElement & { marked?: number }) => ({
    marked: row.marked,
    id: row.id,
    paperId: row.dataset.paperId,
    current: row.getAttribute('aria-current'),
    activeDescendant: row.parentElement?.parentElement?.getAttribute('aria-activedescendant'),
  }));
  // The same element, now the new paper's in every attribute that names it.
  expect(first.marked).toBe(0);
  expect(first.id).toBe(`paper-${first.paperId}`);
  expect(first.current).toBe('true');
  expect(first.activeDescendant).toBe(first.id);
  // The second row was reused too, and is not the cursor.
  expect(await rows.nth(1).evaluate((row: HTMLElement & { marked?: number }) => row.marked)).toBe(1);
  await expect(rows.nth(1)).not.toHaveAttribute('aria-current', 'true');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'false');

  // A click on a reused row selects the paper it shows now.
  const secondTitle = (await rows.nth(1).locator('.paper-title').textContent()) ?? '';
  expect(secondTitle).toContain('control');
  await rows.nth(1).click();
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.first()).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { name: secondTitle })).toBeVisible();
});

test('a new search or queue is shown from its first row even when the cursor was on the first row, scrolled away', async ({
  page,
  manyPapers,
}) => {
  const { list, titles } = await manyPapers();
  const first = list.getByRole('option').first();
  const search = page.getByLabel('Search papers');
  const scrolledAway = async () => {
    await list.evaluate((element) => {
      element.scrollTop = 5000;
    });
    await expect(list.getByRole('option', { name: titles[0] })).toHaveCount(0);
  };

  /** The list at its top, its first row the cursor's, wholly visible, showing `title`. */
  const shownFromTopOn = async (title: string) => {
    await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(0);
    await expect(first).toContainText(title);
    await expect(first).toHaveAttribute('aria-current', 'true');
    expect(await whollyVisible(list, first)).toBe(true);
  };

  // The cursor on the first row, the list scrolled away by the wheel: the new results' first
  // row (another paper, at the same position 0) is where the list shows.
  await list.getByRole('option', { name: titles[0] }).click();
  await scrolledAway();
  await search.fill('Paper 000200');
  await shownFromTopOn('Paper 000200');

  // Another query whose best result is the paper the cursor is already on, scrolled away again.
  await scrolledAway();
  await search.fill('Paper 000200 on');
  await shownFromTopOn('Paper 000200');

  // A queue opened while scrolled away shows its first rows (the cursor's paper is not in it).
  await search.fill('');
  await expect(page.locator('.list-header [role=status]')).not.toContainText('result');
  const cursorRow = list.getByRole('option', { name: titles[0] });
  await cursorRow.click();
  const cursorStatus = (await cursorRow.locator('.status').getAttribute('class'))?.replace(
    /^status status-/,
    '',
  );
  const otherQueue = cursorStatus === 'read' ? 'reading' : 'read';
  await scrolledAway();
  const queue = page.locator(`[data-queue=${otherQueue}]`);
  const inQueue = Number((await queue.locator('.count').textContent())?.replace(/\D/g, ''));
  expect(inQueue).toBeGreaterThan(20);
  await queue.click();
  await expect(page.locator('.list-header [role=status]')).toContainText(`${inQueue} papers`);
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(0);
});

test('with many tags the sidebar scrolls by itself, and the list, its last row and the bulk bar stay in the window', async ({
  page,
  manyPapers,
}) => {
  const { list, titles } = await manyPapers((db) => {
    addTags(
      db,
      [1, 2, 3],
      Array.from({ length: 40 }, (_, n) => `subject-${n}`),
    );
  });
  await expect(page.locator('[data-tag="subject-39"]')).toHaveCount(1);
  const windowHeight = await page.evaluate(() => window.innerHeight);
  // The page itself never scrolls: the sidebar and the list each scroll inside the window.
  expect(await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0)).toBeLessThanOrEqual(
    windowHeight,
  );
  const sidebar = page.locator('.sidebar');
  expect(await sidebar.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  expect((await list.boundingBox())?.height ?? Infinity).toBeLessThan(windowHeight);

  await list.getByRole('option').first().click();
  await page.keyboard.press('End');
  const last = list.getByRole('option', { name: titles.at(-1) });
  await expect(last).toBeVisible();
  await expect
    .poll(async () => {
      const box = await last.boundingBox();
      return (box?.y ?? Infinity) + (box?.height ?? 0);
    })
    .toBeLessThanOrEqual(windowHeight);

  await page.keyboard.press('Control+a');
  const bulkBar = page.getByRole('toolbar', { name: 'Selected papers' });
  await expect(bulkBar).toBeVisible();
  const barBox = await bulkBar.boundingBox();
  expect((barBox?.y ?? Infinity) + (barBox?.height ?? 0)).toBeLessThanOrEqual(windowHeight);
});
