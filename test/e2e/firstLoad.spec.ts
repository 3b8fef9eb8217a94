import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, test } from './serveFixture';

test('the window asks for three files before its first row: the page, its script and its styles', async ({
  page,
  context,
  server,
}) => {
  await openAndImport(page, server.url, buildPage(3), 3);
  const fresh = await context.newPage();
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
