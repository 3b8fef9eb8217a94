import type { ApiResponse } from '../../preload/api';
import type { Dispatch } from './dispatch';

/**
 * Once SQLite has reported the library damaged, nothing more is written to it (nor read from
 * it) in this run: every call gets the same 'damaged' answer, and onDamage asks the next open
 * for a full check, which offers the backups.
 */
export function refuseAfterDamage(dispatch: Dispatch, onDamage: () => void): Dispatch {
  let damaged: ApiResponse<never> | null = null;
  return async (method, args) => {
    if (damaged) return damaged;
    const response = await dispatch(method, args);
    if (!response.ok && response.error.code === 'damaged') {
      damaged = { ok: false, error: response.error };
      onDamage();
    }
    return response;
  };
}
