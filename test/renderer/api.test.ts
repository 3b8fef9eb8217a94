import { describe, expect, it, vi } from 'vitest';

import { takeBridgeToken } from '../../renderer/src/api';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
}

describe('takeBridgeToken', () => {
  it('takes the token from the #fragment, keeps it for reloads, and hides it from the address bar', () => {
    const storage = memoryStorage();
    const replaceState = vi.fn();
    const history = { replaceState } as unknown as History;
    const location = { hash: '#token=abc123', pathname: '/', search: '' } as Location;
    expect(takeBridgeToken(location, storage, history)).toBe('abc123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
    const reloaded = { hash: '', pathname: '/', search: '' } as Location;
    expect(takeBridgeToken(reloaded, storage, history)).toBe('abc123');
  });

  it('has no token when none was given', () => {
    const location = { hash: '', pathname: '/', search: '' } as Location;
    expect(takeBridgeToken(location, memoryStorage(), {} as History)).toBeNull();
  });
});
