import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPage } from '../fixtures/miniPage';
import { openAndImport } from './importPage';
import { expect, startServer, test } from './serveFixture';

test('the first search is answered while the index is prepared, and the full results follow by themselves', async ({
  page,
  libraryDir,
}) => {
  const dbPath = join(libraryDir, 'library.sqlite');
  const first = await startServer(dbPath);
  await openAndImport(page, first.url, buildPage(8), 8);
  await first.stop();

  // The next start finds no saved index, and a background indexer (another live process) at work on it.
  const snapshot = `${dbPath}.search-index`;
  rmSync(snapshot, { force: true });
  const indexer = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => indexer.once('spawn', resolve));
  writeFileSync(`${snapshot}.building`, String(indexer.pid));
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const rows = page.getByRole('listbox', { name: 'Papers' }).getByRole('option');
    await expect(rows).toHaveCount(8);
    const box = page.getByLabel('Search papers');
    const note = page.locator('#search-help');
    const count = page.locator('.list-header [role=status]');

    // Titles are searched at once, and the person is told the results are partial.
    await box.fill('hierarchical');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Hierarchical Imitation Number 3');
    await expect(note).toHaveText(
      'Titles and first authors only for now — the full search is being prepared.',
    );
    await expect(count).toHaveText('1 result so far');
    // The paper opens meanwhile, its title marked: showing it does not wait for the index.
    const paper = page.getByRole('region', { name: 'Paper' });
    await expect(paper.locator('h1 mark.match')).toHaveText('Hierarchical');

    // A word only the abstracts hold is not found yet: said plainly, never "0 results".
    await box.fill('benchmarks');
    await expect(count).toHaveText('No title matches yet');
    await expect(note).toContainText('the full search is being prepared');

    // The indexer goes away without saving: the window's own search builds the index, and the
    // full results replace the partial ones without the person doing anything.
    indexer.kill();
    rmSync(`${snapshot}.building`, { force: true });
    await expect(rows).toHaveCount(8, { timeout: 20_000 });
    await expect(count).toHaveText('8 results');
    await expect(note).toHaveText('');
  } finally {
    indexer.kill();
    await server.stop();
  }
});
