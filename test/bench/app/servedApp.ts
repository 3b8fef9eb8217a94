import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LAG_PROBE_LINE } from '../../../main/http/lagProbe';

export interface ServedApp {
  url: string;
  pid: number;
  /** The largest main-thread stall since the previous call, from the server's lag probe. */
  takeStall(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts `serve` on the library with its lag probe on, and resolves once it prints its address. */
export function startServedApp(root: string, db: string): Promise<ServedApp> {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'serve.js'), '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SHELFMARK_LAG_PROBE: '1' },
  });
  let output = '';
  let announced: ((url: string) => void) | undefined;
  const waiting: ((ms: number) => void)[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const url = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output)?.[1];
    if (url) announced?.(url);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines)
      if (line.startsWith(LAG_PROBE_LINE)) waiting.shift()?.(Number(line.slice(LAG_PROBE_LINE.length)));
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const takeStall = () =>
    new Promise<number>((resolve) => {
      waiting.push(resolve);
      child.kill('SIGUSR2');
    });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });

  return new Promise((resolve, reject) => {
    announced = (url) => {
      announced = undefined;
      resolve({ url, pid: child.pid ?? NaN, takeStall, stop });
    };
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}
