import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createBridgeServer } from '../../main/http/createBridgeServer';

const TOKEN = 'slow-answer-token-0123456789';

/*
 * A call the server takes longer than its idle timeout to answer (a big import) must be answered
 * once. Cutting its kept-alive connection made Chromium send the POST again: the import ran twice.
 */
test('Chromium gets a slow answer once, and never sends the call again', async ({ page }) => {
  const staticDir = mkdtempSync(join(tmpdir(), 'shelfmark-slow-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Shelfmark</title>');
  const calls: string[] = [];
  let host = '';
  const server = createBridgeServer({
    dispatch: async (method) => {
      calls.push(method);
      if (method === 'commitImport') await new Promise((settle) => setTimeout(settle, 2_500));
      return { ok: true, value: null };
    },
    token: TOKEN,
    staticDir,
    allowedHost: () => host,
    limits: { idleTimeoutMs: 1_000 },
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`http://${host}/`);
    const status = await page.evaluate(async (token) => {
      const call = (method: string) =>
        fetch(`/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
          body: '{}',
        });
      await call('queueCounts');
      return (await call('commitImport')).status;
    }, TOKEN);
    expect(status).toBe(200);
    expect(calls).toEqual(['queueCounts', 'commitImport']);
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
});
