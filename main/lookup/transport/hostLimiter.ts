import { realClock, type Clock } from './clock';

/**
 * One request at a time per host, at least `interval` ms between the starts of two (arXiv asks for
 * one every 3 s on one connection). Small enough to own: a promise chain per host.
 */
export class HostLimiter {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastStart = new Map<string, number>();
  private readonly intervals = new Map<string, number>();
  private readonly heldUntil = new Map<string, number>();

  constructor(
    private readonly defaultInterval: (host: string) => number,
    private readonly clock: Clock = realClock,
  ) {}

  interval(host: string): number {
    return this.intervals.get(host) ?? this.defaultInterval(host);
  }

  /** A host's own rate-limit headers may ask for longer pauses, never for shorter ones than ours. */
  slowDown(host: string, interval: number): void {
    if (interval > this.interval(host)) this.intervals.set(host, interval);
  }

  /** Nothing more is sent to host for ms (a Retry-After, a backoff), whoever is asking. */
  holdOff(host: string, ms: number): void {
    const until = this.clock.now() + ms;
    if (until > (this.heldUntil.get(host) ?? 0)) this.heldUntil.set(host, until);
  }

  /** Runs task when the host is free and its pause is over; the next one waits for it to finish. */
  schedule<T>(host: string, task: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const last = this.lastStart.get(host);
      const earliest = Math.max(
        last === undefined ? 0 : last + this.interval(host),
        this.heldUntil.get(host) ?? 0,
      );
      const wait = earliest - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      this.lastStart.set(host, this.clock.now());
      return task();
    };
    const previous = this.tails.get(host) ?? Promise.resolve();
    const result = previous.then(run, run);
    this.tails.set(
      host,
      result.catch(() => undefined),
    );
    return result;
  }
}
