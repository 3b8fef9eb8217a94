import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../preload/api';
import { ARG_SCHEMAS } from '../../main/api/schemas';
import { createElectronMock } from '../shell/electronMock';

describe('the preload bridge', () => {
  beforeEach(() => vi.resetModules());

  it('exposes exactly the contract methods on window.shelfmark, each sent over the one channel', async () => {
    const electron = createElectronMock();
    vi.doMock('electron', () => electron);
    await import('../../preload/index');

    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
      string,
      Record<string, (args: unknown) => Promise<unknown>>,
    ];
    expect(name).toBe('shelfmark');
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(ARG_SCHEMAS).sort());

    await bridge.getPaper?.({ id: 7 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'getPaper', { id: 7 });
  });
});
