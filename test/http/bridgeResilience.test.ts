import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { createBridgeServer, type BridgeOptions } from '../../main/http/createBridgeServer';
import { useTempDir, useTempLibrary } from '../fixtures/tempLibrary';

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

/** An exception thrown outside every try/catch would kill `serve`; here it is caught and counted. */
const uncaught: unknown[] = [];
const record = (error: unknown) => uncaught.push(error);
beforeEach(() => {
  uncaught.length = 0;
  process.on('uncaughtException', record);
});
afterEach(() => {
  process.off('uncaughtException', record);
  expect(uncaught).toEqual([]);
});

async function startBridge(limits: BridgeOptions['limits'] = {}, answerDelayMs = 0) {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Shelfmark</title>');
  let host = '';
  const dispatch = createDispatch(createHandlers(tempLibrary().db));
  const server = createBridgeServer({
    dispatch: answerDelayMs
      ? async (method, args) => {
          await new Promise((settle) => setTimeout(settle, answerDelayMs));
          return dispatch(method, args);
        }
      : dispatch,
    token: TOKEN,
    staticDir,
    allowedHost: () => host,
    limits,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  return { port, host };
}

/** Sends raw bytes on a fresh socket to 127.0.0.1 and resolves with everything the server sent before closing. */
function raw(port: number, bytes: string | Buffer, { end = true } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      // One answer is enough; do not wait for keep-alive to time out.
      if (/\r\n\r\n/.test(reply) && end) socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(reply));
    socket.write(bytes, () => {
      if (end) socket.end();
    });
  });
}

function statusOf(reply: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);
}

async function stillAnswers(port: number, host: string): Promise<void> {
  const reply = await raw(
    port,
    `POST /api/queueCounts HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
  );
  expect(statusOf(reply)).toBe(200);
}

/** A small seeded generator (mulberry32): the same cases on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TARGET_PIECES = [
  '/',
  '//',
  '[',
  ']',
  '%',
  '%zz',
  '%00',
  '..',
  '?',
  '#',
  '@',
  ':',
  '99999',
  'http:',
  'http://',
  'x',
  'api',
  '/api/',
  'queueCounts',
  '\\',
  ' ',
  '\t',
  '\u00ff',
  '*',
  '{',
  'ö',
];
const METHODS = [
  'GET',
  'POST',
  'HEAD',
  'PUT',
  'DELETE',
  'OPTIONS',
  'CONNECT',
  'TRACE',
  'PATCH',
  'BREW',
  '',
  'G\0T',
];
const HEADER_NAMES = [
  'Host',
  'Authorization',
  'Content-Length',
  'Transfer-Encoding',
  'Content-Type',
  'Expect',
  'Connection',
  'X-\u00ff',
  'Upgrade',
  '',
];
const HEADER_VALUES = [
  '',
  '0',
  '-1',
  '99999999999999999999',
  'chunked',
  'Bearer ',
  `Bearer ${TOKEN}`,
  '100-continue',
  'close',
  'keep-alive',
  '\u00ff\u00fe',
  'websocket',
  'a\rb',
  ' ',
];

function fuzzCase(next: () => number, host: string): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let target = '';
  for (let i = Math.floor(next() * 6); i >= 0; i -= 1) target += pick(TARGET_PIECES);
  const version = pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/1.1', 'HTTP/1.1', '']);
  const lines = [`${pick(METHODS)} ${target} ${version}`];
  // Most cases name the right Host so they get past the Host check and reach the URL handling.
  if (next() < 0.8) lines.push(`Host: ${next() < 0.9 ? host : pick(HEADER_VALUES)}`);
  for (let i = Math.floor(next() * 4); i > 0; i -= 1)
    lines.push(`${pick(HEADER_NAMES)}: ${pick(HEADER_VALUES)}`);
  const body = next() < 0.3 ? pick(['{}', '{', '[1', '0\r\n\r\n', 'zz\r\n']) : '';
  return `${lines.join(next() < 0.9 ? '\r\n' : '\n')}\r\n\r\n${body}`;
}

describe('the HTTP bridge stays up', () => {
  it.each(['//[', 'http://[', 'http://x:99999/', '//[/api/queueCounts', 'http://[::1/'])(
    'answers the request target %s with a 4xx and lives on',
    async (target) => {
      const { port, host } = await startBridge();
      const reply = await raw(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(statusOf(reply)).toBeGreaterThanOrEqual(400);
      expect(statusOf(reply)).toBeLessThan(500);
      await stillAnswers(port, host);
    },
  );

  it(
    'answers 3,000 fuzzed request lines and headers with 4xx (or a page) and never goes down',
    { timeout: 60_000 },
    async () => {
      const { port, host } = await startBridge();
      const next = random(20261130);
      const statuses = new Map<number, number>();
      const cases = Array.from({ length: 3000 }, () => fuzzCase(next, host));
      for (let start = 0; start < cases.length; start += 50) {
        const replies = await Promise.all(
          cases.slice(start, start + 50).map((request) => raw(port, request)),
        );
        for (const reply of replies) {
          const status = statusOf(reply);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }
      // 0 means the server closed the socket without an answer (Node does that for some framing errors).
      const fiveHundreds = [...statuses.keys()].filter((status) => status >= 500);
      expect(fiveHundreds).toEqual([]);
      expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
      await stillAnswers(port, host);
    },
  );
});

describe('the HTTP bridge holds its resources', () => {
  it('refuses a body that would take memory past the budget shared by all requests in flight', async () => {
    const { port, host } = await startBridge({ maxInFlightBodyBytes: 1_000_000, maxBodyBytes: 800_000 });
    const head = (length: number) =>
      `POST /api/previewImport HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
    // The first request stays in flight: its headers promise 600 kB and only part of it is sent.
    const first = connect(port, '127.0.0.1');
    let firstReply = '';
    first.on('data', (chunk) => (firstReply += chunk.toString()));
    const firstClosed = new Promise((resolve) => first.on('close', resolve));
    const body = JSON.stringify({ text: 'x'.repeat(600_000 - 11) });
    expect(Buffer.byteLength(body)).toBe(600_000);
    await new Promise((resolve) => first.write(head(600_000) + body.slice(0, 1000), resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));

    const second = await raw(port, head(600_000) + body);
    expect(statusOf(second)).toBe(503);
    expect(second).toMatch(/Retry-After/i);

    first.end(body.slice(1000));
    await firstClosed;
    expect(statusOf(firstReply)).not.toBe(503);
    // With the first one done, the budget is free again.
    expect(statusOf(await raw(port, head(600_000) + body))).not.toBe(503);
    expect(statusOf(await raw(port, head(900_000)))).toBe(413);
    await stillAnswers(port, host);
  });

  it('closes a connection that sends half a request and then nothing', async () => {
    const { port, host } = await startBridge({
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
      idleTimeoutMs: 600,
    });
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<string>((resolve) => {
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk.toString()));
      socket.on('close', () => resolve(reply));
    });
    socket.write(`GET / HTTP/1.1\r\nHost: ${host}\r\nX-Partial: `);
    const reply = await closed;
    expect(reply === '' || statusOf(reply) === 408).toBe(true);
    await stillAnswers(port, host);
  });

  it('closes a connection whose body stops halfway', async () => {
    const { port, host } = await startBridge({
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
      idleTimeoutMs: 600,
    });
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.on('error', () => undefined);
    // A paused socket never sees 'close' after the server's 408; read whatever comes.
    socket.resume();
    socket.write(
      `POST /api/queueCounts HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 100\r\n\r\n{`,
    );
    await closed;
    await stillAnswers(port, host);
  });

  it('keeps the connection of a call that takes longer than the idle timeout to answer', async () => {
    // A big import is silent while it runs; the person's window must still get its answer.
    const { port, host } = await startBridge({ idleTimeoutMs: 300 }, 900);
    const reply = await raw(
      port,
      `POST /api/queueCounts HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      { end: false },
    );
    expect(statusOf(reply)).toBe(200);
  });

  it('still drops the connection of a call that never answers, after the answer timeout', async () => {
    const { port, host } = await startBridge({ idleTimeoutMs: 200, answerTimeoutMs: 400 }, 1_500);
    const reply = await raw(
      port,
      `POST /api/queueCounts HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\n\r\n{}`,
      { end: false },
    );
    expect(reply).toBe('');
    // The late answer then finds its connection gone (and no uncaught error follows).
    await new Promise((settle) => setTimeout(settle, 1_500));
  });
});
