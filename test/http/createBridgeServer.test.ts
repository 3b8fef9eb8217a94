import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { createBridgeServer } from '../../main/http/createBridgeServer';
import { HEADER_CONTENT_SECURITY_POLICY } from '../../main/security/contentSecurityPolicy';
import { useTempDir, useTempLibrary } from '../fixtures/tempLibrary';

const TOKEN = 'test-token-0123456789';
const tempDir = useTempDir();
const tempLibrary = useTempLibrary();
const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function startBridge() {
  const root = tempDir();
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Shelfmark</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  let host = '';
  const server = createBridgeServer({
    dispatch: createDispatch(createHandlers(tempLibrary().db)),
    token: TOKEN,
    staticDir,
    allowedHost: () => host,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;

  return (path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
}

const auth = { Authorization: `Bearer ${TOKEN}` };

describe('the HTTP bridge', () => {
  it('answers an API call that carries the token', async () => {
    const fetch = await startBridge();
    const reply = await fetch('/api/queueCounts', { method: 'POST', headers: auth, body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { all: 0, unread: 0, reading: 0, read: 0 } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer wrong-token-0123456' }],
    ['a token one character short', { Authorization: `Bearer ${TOKEN.slice(1)}` }],
  ])('refuses an API call with %s with 401', async (_name, headers) => {
    const fetch = await startBridge();
    const reply = await fetch('/api/queueCounts', { method: 'POST', headers, body: '{}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it.each(['evil.example:80', 'localhost', '127.0.0.1', '127.0.0.1:1'])(
    'refuses Host %s with 403, even with the token',
    async (host) => {
      const fetch = await startBridge();
      const reply = await fetch('/api/queueCounts', {
        method: 'POST',
        headers: { ...auth, Host: host },
        body: '{}',
      });
      expect(reply.status).toBe(403);
      expect((await fetch('/', { headers: { Host: host } })).status).toBe(403);
    },
  );

  it('answers bad JSON with 400 and a bad payload with a typed error', async () => {
    const fetch = await startBridge();
    expect((await fetch('/api/getPaper', { method: 'POST', headers: auth, body: '{nope' })).status).toBe(400);
    const reply = await fetch('/api/getPaper', { method: 'POST', headers: auth, body: '{"id":"x"}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('only takes POST for API calls', async () => {
    const fetch = await startBridge();
    expect((await fetch('/api/queueCounts', { headers: auth })).status).toBe(405);
  });

  it('serves the renderer with its security headers', async () => {
    const fetch = await startBridge();
    const page = await fetch('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Shelfmark</title>');
    expect(page.headers['content-security-policy']).toBe(HEADER_CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await fetch('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%00',
    '/nothing-here.js',
  ])('never serves %s', async (path) => {
    const fetch = await startBridge();
    const reply = await fetch(path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the renderer');
  });
});
