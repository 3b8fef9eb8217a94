import type { BrowserContext, Page } from '@playwright/test';
import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

/** A library of three papers, and a second page of the same window, not yet opened on it. */
async function freshPageAfterImport(page: Page, context: BrowserContext, url: string): Promise<Page> {
  await openAndImport(page, url, buildPage(3), 3);
  return context.newPage();
}

test('the window asks for three files before its first row: the page, its script and its styles', async ({
  page,
  context,
  server,
}) => {
  const fresh = await freshPageAfterImport(page, context, server.url);
  const files: string[] = [];
  fresh.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/api/')) files.push(`${request.resourceType()} ${path}`);
  });
  await fresh.goto(server.url);
  await expect(fresh.getByRole('listbox', { name: 'Papers' }).getByRole('option').first()).toBeVisible();
  // Anything more (an icon, a second script) would hold one of the six connections the first
  // calls to the library share.
  expect(files).toHaveLength(3);
  expect(files[0]).toBe('document /');
  expect(files.filter((file) => /^script \/assets\/index-[\w-]+\.js$/.test(file))).toHaveLength(1);
  expect(files.filter((file) => /^stylesheet \/assets\/index-[\w-]+\.css$/.test(file))).toHaveLength(1);
  // KaTeX's styles come with KaTeX, once a text holds math (none does here).
  const katexRules = await fresh.evaluate(
    () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes('.katex')).length,
  );
  expect(katexRules).toBe(0);
});

test('the Markdown renderer is fetched with the first note shown, which it then draws', async ({
  page,
  server,
}) => {
  const markdownScripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && /\/assets\/MarkdownNote[^/]*\.js$/.test(request.url()))
      markdownScripts.push(request.url());
  });
  await openAndImport(page, server.url, buildPage(2), 2);
  const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
  await rows.nth(0).click();
  expect(markdownScripts).toEqual([]);

  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Note text').fill('A **strong** claim');
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('button', { name: 'Done' }).click();
  await expect(notes.locator('.note-body strong')).toHaveText('strong');
  expect(markdownScripts).toHaveLength(1);
});

test('the window asks for its first rows beside the token check, once, and shows them after it', async ({
  page,
  context,
  server,
}) => {
  const fresh = await freshPageAfterImport(page, context, server.url);
  const calls: string[] = [];
  let windowAsked: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (windowAsked = resolve));
  fresh.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/api/')) return;
    calls.push(path.slice('/api/'.length));
    if (path === '/api/windowState') windowAsked();
  });
  // The token check is held unanswered until the rows have been asked for (or long enough to
  // show they would not be): a window that waits for its answer first never asks meanwhile.
  let askedBeforeCheck = false;
  await fresh.route('**/api/damagedLibrary', async (route) => {
    askedBeforeCheck = await Promise.race([
      asked.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    await route.continue();
  });
  await fresh.goto(server.url);
  await expect(fresh.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(3);
  expect(askedBeforeCheck).toBe(true);
  expect(calls.slice(0, 2).sort()).toEqual(['damagedLibrary', 'windowState']);
  expect(calls.filter((call) => call === 'windowState')).toHaveLength(1);
});

test('the library is first drawn with its rows, never as an empty list', async ({
  page,
  context,
  server,
}) => {
  const fresh = await freshPageAfterImport(page, context, server.url);
  // Every text the list's header shows, from the page's first moment.
  await fresh.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { listHeaders: string[] }).listHeaders = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.list-header [role=status]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await fresh.goto(server.url);
  await expect(fresh.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(3);
  const headers = await fresh.evaluate(() => (window as unknown as { listHeaders: string[] }).listHeaders);
  expect(headers[0]).toBe('3 papers');
  expect(headers).not.toContain('0 papers');
});

test('the window sends its first calls as its script starts, before the document has finished loading', async ({
  page,
  context,
  server,
}) => {
  const fresh = await freshPageAfterImport(page, context, server.url);
  // Whether each call to the library was sent before DOMContentLoaded, which fires once the
  // module script has run: a call made from React's first render or its effects comes after it.
  await fresh.addInitScript(() => {
    const sent: { path: string; beforeContentLoaded: boolean }[] = [];
    (window as unknown as { firstCalls: typeof sent }).firstCalls = sent;
    let contentLoaded = false;
    document.addEventListener('DOMContentLoaded', () => (contentLoaded = true));
    const fetchFirst = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const path = String(input instanceof Request ? input.url : input);
      if (path.includes('api/')) sent.push({ path, beforeContentLoaded: !contentLoaded });
      return fetchFirst(input, init);
    };
  });
  await fresh.goto(server.url);
  await expect(fresh.getByRole('listbox', { name: 'Papers' }).getByRole('option')).toHaveCount(3);
  const calls = await fresh.evaluate(
    () => (window as unknown as { firstCalls: { path: string; beforeContentLoaded: boolean }[] }).firstCalls,
  );
  expect(
    calls
      .slice(0, 2)
      .map((call) => call.path.replace(/.*api\//, ''))
      .sort(),
  ).toEqual(['damagedLibrary', 'windowState']);
  expect(calls.slice(0, 2).every((call) => call.beforeContentLoaded)).toBe(true);
  // Once: the library's first refresh takes the rows asked for then.
  expect(calls.filter((call) => call.path.endsWith('api/windowState'))).toHaveLength(1);
});
