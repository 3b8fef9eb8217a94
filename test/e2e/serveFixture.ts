import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVE = resolve(__dirname, '../../out/main/serve.js');

export interface ShelfmarkServer {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/**
 * Starts `serve` as a person would, and reads the address (with its token) from what it prints.
 * `env` adds to its environment (SHELFMARK_*_API pointing the lookups at a fake server).
 */
export function startServer(dbPath: string, env: Record<string, string> = {}): Promise<ShelfmarkServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVE, '--db', dbPath, '--port', '0', '--create'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveServer, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) resolveServer({ url: match[1], dbPath, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

export const test = base.extend<{ libraryDir: string; server: ShelfmarkServer }>({
  // eslint-disable-next-line no-empty-pattern
  libraryDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shelfmark-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ libraryDir }, use) => {
    const server = await startServer(join(libraryDir, 'library.sqlite'));
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
