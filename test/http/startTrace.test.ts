import { afterEach, describe, expect, it, vi } from 'vitest';
import { START_TRACE_LINE, startTrace } from '../../main/http/startTrace';

afterEach(() => vi.restoreAllMocks());

describe('startTrace', () => {
  it('is off unless SHELFMARK_START_TRACE=1', () => {
    expect(startTrace({})).toBeNull();
    expect(startTrace({ SHELFMARK_START_TRACE: '0' })).toBeNull();
  });

  it('prints each step once, with the milliseconds since the process began', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    const trace = startTrace({ SHELFMARK_START_TRACE: '1' });
    trace?.('listening');
    trace?.('listening');
    trace?.('sent /');
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(new RegExp(`^${START_TRACE_LINE}listening \\d+\\.\\d\\n$`));
    expect(written[1]?.startsWith(`${START_TRACE_LINE}sent / `)).toBe(true);
  });
});
