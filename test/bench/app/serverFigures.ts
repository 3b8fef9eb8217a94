import { mainThreadCpuMs } from './processFigures';
import type { ServedApp } from './servedApp';

export interface ServerFigures<T> {
  value: T;
  /** The largest main-thread stall during the step. */
  stallMs: number;
  /** CPU time the server's main thread spent during the step. */
  cpuMs: number;
}

/** Runs a step and says what it cost the server's main thread. */
export async function withServerFigures<T>(
  app: ServedApp,
  step: () => Promise<T>,
): Promise<ServerFigures<T>> {
  await app.takeStall();
  const cpuBefore = mainThreadCpuMs(app.pid);
  const value = await step();
  const stallMs = await app.takeStall();
  return { value, stallMs, cpuMs: mainThreadCpuMs(app.pid) - cpuBefore };
}
