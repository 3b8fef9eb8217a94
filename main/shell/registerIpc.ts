import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type ApiResponse } from '../../preload/api';
import type { Dispatch } from '../api/dispatch';
import { isAppUrl } from './appProtocol';

/** Only the app's own top-level page may call the API; an iframe or a foreign page may not. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  ipcMain.handle(
    IPC_CHANNEL,
    async (event, method: unknown, args: unknown): Promise<ApiResponse<unknown>> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'unauthorized', message: 'This page may not use the Shelfmark API.' },
        };
      }
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'unknown_method', message: 'The method name must be a string.' } };
      }
      return await dispatch(method, args);
    },
  );
}
