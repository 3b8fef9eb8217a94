import { describe, expect, it } from 'vitest';
import { LAG_PROBE_LINE, installLagProbe, startLagProbe } from '../../main/http/lagProbe';

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

function blockFor(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // The event loop cannot run a timer while this spins.
  }
}

describe('startLagProbe', () => {
  it('reports a stall when the event loop is blocked', async () => {
    const probe = startLagProbe(10);
    await tick(20);
    probe.take();
    blockFor(200);
    await tick(20);
    expect(probe.take()).toBeGreaterThanOrEqual(180);
    probe.stop();
  });

  it('counts a stall still going on when asked', () => {
    let clock = 0;
    const probe = startLagProbe(10, () => clock);
    clock = 300;
    expect(probe.take()).toBe(290);
    probe.stop();
  });

  it('starts over after each take: a stall is reported once', async () => {
    let clock = 0;
    const probe = startLagProbe(10, () => clock);
    clock = 500;
    await tick(30);
    expect(probe.take()).toBeGreaterThanOrEqual(490);
    expect(probe.take()).toBe(0);
    probe.stop();
  });
});

describe('installLagProbe', () => {
  it('is off unless SHELFMARK_LAG_PROBE=1', () => {
    expect(installLagProbe({})).toBeUndefined();
    expect(installLagProbe({ SHELFMARK_LAG_PROBE: '0' })).toBeUndefined();
  });

  it('prints the largest stall on SIGUSR2', async () => {
    const lines: string[] = [];
    const probe = installLagProbe({ SHELFMARK_LAG_PROBE: '1' }, (line) => lines.push(line));
    await tick(20);
    blockFor(150);
    process.kill(process.pid, 'SIGUSR2');
    await tick(50);
    probe?.stop();
    process.removeAllListeners('SIGUSR2');
    expect(lines).toHaveLength(1);
    expect(Number(lines[0]?.slice(LAG_PROBE_LINE.length))).toBeGreaterThanOrEqual(130);
  });
});
