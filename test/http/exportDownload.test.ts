import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResponse, ExportProgress, ExportTicket } from '../../preload/api';
import { createDispatch } from '../../main/api/dispatch';
import { ExportJobs } from '../../main/api/exportJobs';
import { createHandlers } from '../../main/api/handlers';
import { createBridgeServer } from '../../main/http/createBridgeServer';
import { commitImport } from '../../main/library/importText';
import { SearchService } from '../../main/search/SearchService';
import { writeJson } from '../../main/export/writeJson';
import { nastyPapers } from '../fixtures/nastyPapers';
import { useTempDir, useTempLibrary } from '../fixtures/tempLibrary';
import { wholeExport } from '../fixtures/wholeExport';

const TOKEN = 'test-token-0123456789';
const tempDir = useTempDir();
const tempLibrary = useTempLibrary();
const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() =>
  servers.splice(0).forEach((server) => {
    server.closeAllConnections();
    server.close();
  }),
);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  chunks: number;
}

async function startBridge() {
  const { db } = tempLibrary();
  // Nearly 200 papers (the same titles in another case are duplicates): several chunks.
  const papers = Array.from({ length: 10 }, () => nastyPapers()).flat();
  papers.forEach((paper, index) => (paper.title = `${paper.title} (${index})`));
  await commitImport(db, writeJson(papers, []), { format: 'json' });
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const service = new SearchService(db);
  const exports = new ExportJobs(db, (search) => service.searchIds(search));
  let host = '';
  const server = createBridgeServer({
    dispatch: createDispatch(createHandlers(db, { search: service, exportJobs: exports })),
    token: TOKEN,
    staticDir,
    allowedHost: () => host,
    exports,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  const send = (path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        let text = '';
        let chunks = 0;
        res.on('data', (chunk: Buffer) => {
          chunks += 1;
          text += chunk.toString();
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, chunks }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const reply = await send(`/api/${method}`, 'POST', args, {
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
    });
    const response = JSON.parse(reply.body) as ApiResponse<T>;
    if (!response.ok) throw new Error(response.error.message);
    return response.value;
  };
  return { db, service, send, call };
}

describe('an export downloaded from the bridge', () => {
  it('streams the whole file in chunks, once per ticket, and reports its progress', async () => {
    const { db, service, send, call } = await startBridge();
    const started = await call<ExportTicket>('startExport', { format: 'bibtex', selection: {} });
    const count = db.prepare('SELECT count(*) FROM papers').pluck().get() as number;
    expect(count).toBeGreaterThan(150);
    expect(started.total).toBe(count);
    expect(await call<ExportProgress>('exportProgress', { ticket: started.ticket })).toMatchObject({
      state: 'ready',
      written: 0,
      total: count,
    });

    const download = await send(`/export/${started.ticket}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${started.filename}"`);
    expect(download.headers['transfer-encoding']).toBe('chunked');
    expect(download.headers['content-length']).toBeUndefined();
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const before = await wholeExport(db, 'bibtex', {}, (search) => service.search(search), new Date());
    expect(download.body).toBe(before.content);
    expect(await call<ExportProgress>('exportProgress', { ticket: started.ticket })).toMatchObject({
      state: 'done',
      written: count,
    });

    // One use: the same link again, or a made-up one, gets nothing.
    expect((await send(`/export/${started.ticket}`)).status).toBe(404);
    expect((await send(`/export/${'x'.repeat(32)}`)).status).toBe(404);
    expect((await send(`/export/${started.ticket}`, 'POST')).status).toBe(405);
  });

  it('asks for the token before it starts an export', async () => {
    const { send } = await startBridge();
    const reply = await send('/api/startExport', 'POST', { format: 'csv', selection: {} });
    expect(reply.status).toBe(401);
  });

  it('a stopped export is not served', async () => {
    const { send, call } = await startBridge();
    const started = await call<ExportTicket>('startExport', { format: 'json', selection: {} });
    await call('cancelExport', { ticket: started.ticket });
    expect((await send(`/export/${started.ticket}`)).status).toBe(404);
    expect((await call<ExportProgress>('exportProgress', { ticket: started.ticket })).state).toBe(
      'cancelled',
    );
  });
});
