import { join } from 'node:path';
import { startFakeServer } from '../lookup/fakeServer';
import { expect, startServer, test } from './serveFixture';

test('a person pastes identifiers, looks them up, sees what failed, and adds the rest', async ({
  page,
  libraryDir,
}) => {
  const sources = await startFakeServer();
  // serve inherits the environment: point its sources at the fake server, for this server only.
  const saved = Object.fromEntries(Object.keys(sources.env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, sources.env);
  const server = await startServer(join(libraryDir, 'ids.sqlite')).finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByLabel('Text to import')
      .fill(
        [
          'https://arxiv.org/abs/1706.03762v7',
          'https://www.semanticscholar.org/paper/Deep-Residual-Learning/2c03df8b48bf3fa39054345bafabfeff15bfd11d',
          'https://openreview.net/forum?id=2dnO3LLiJ1',
          'https://openreview.net/forum?id=xNoSuchNote',
        ].join('\n'),
      );
    await expect(page.getByRole('status')).toContainText('A list of 4 identifiers');
    // Nothing is sent until the person asks.
    expect(sources.requests).toEqual([]);
    await page.getByRole('button', { name: 'Look them up' }).click();
    const preview = page.locator('.identifier-preview');
    await expect(preview).toContainText('3 new');
    await expect(preview).toContainText('Deep Residual Learning for Image Recognition');
    await expect(preview).toContainText('Darcet, Timothée');
    await expect(preview).toContainText('Line 4: No source knows');
    await page.getByRole('button', { name: 'Add 3 papers to Unread' }).click();
    await expect(page.locator('[data-queue=all] .count')).toHaveText('3');
  } finally {
    await server.stop();
    await sources.close();
  }
});
