import type { Clock } from '../../main/lookup/transport/clock';

/** A clock whose sleeps pass at once and are recorded, so waits are counted, never sat through. */
export function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
