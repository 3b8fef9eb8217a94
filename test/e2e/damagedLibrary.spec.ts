import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups } from '../../main/db/backups';
import { damagedLibraryWithBackup } from '../fixtures/damagedLibrary';
import { fingerprint } from '../fixtures/libraryFiles';
import { expect, startServer, test } from './serveFixture';

test('a person opens a damaged library in the browser, puts back its newest backup and sees their papers', async ({
  page,
  libraryDir,
}) => {
  const path = join(libraryDir, 'library.sqlite');
  await damagedLibraryWithBackup(path, 40);
  const damagedBytes = fingerprint(path);
  const server = await startServer(path);
  try {
    await page.goto(server.url);
    const screen = page.getByRole('main', { name: 'Damaged library' });
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Your library is damaged');
    await expect(screen).toContainText(`The library at ${path} is damaged`);
    await expect(screen.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(
      listBackups(path).length,
    );
    await expect(page.getByRole('listbox', { name: 'Papers' })).toHaveCount(0);

    await screen
      .getByRole('button', { name: /Restore the backup from/ })
      .first()
      .click();
    await expect(page.locator('[data-queue=all] .count')).toHaveText('40');
    await expect(page.locator('.toast')).toContainText('The damaged file is kept as');
    // The damaged file is kept, byte for byte, beside the restored library.
    const kept = readdirSync(libraryDir).filter((name) => /^library\.sqlite\.replaced-[^-]+.*Z$/.test(name));
    expect(kept).toHaveLength(1);
    expect(fingerprint(join(libraryDir, kept[0] ?? ''))).toBe(damagedBytes);

    // The library is open for good: a reload shows it at once, and a change lands.
    await page.reload();
    await expect(page.locator('[data-queue=all] .count')).toHaveText('40');
    await page.getByRole('listbox', { name: 'Papers' }).getByRole('option').first().click();
    await page.keyboard.press('3');
    await expect(page.locator('[data-queue=read] .count')).toHaveText('1');
  } finally {
    await server.stop();
  }
});
