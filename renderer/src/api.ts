import type {
  ApiArgs,
  ApiError,
  ApiMethod,
  ApiResponse,
  ApiResult,
  ShelfmarkBridge,
} from '../../preload/api';
import { useAccessStore } from './access/accessStore';

/** The one place that knows whether we run in Electron or in a browser on the HTTP bridge. */
type Transport = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

const TOKEN_KEY = 'shelfmark.token';

/** The token arrives in the address's #fragment (never sent to a server or a log); keep it for reloads, then hide it. */
export function takeBridgeToken(location: Location, storage: Storage, history: History): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(TOKEN_KEY);
}

function electronTransport(bridge: ShelfmarkBridge): Transport {
  return (method, args) => (bridge[method] as (input: unknown) => Promise<ApiResponse<unknown>>)(args);
}

function httpTransport(token: string): Transport {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
    } catch {
      const message = 'Shelfmark is not answering. Is the server that printed this address still running?';
      return { ok: false, error: { code: 'internal', message } };
    }
    try {
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status}.` } };
    }
  };
}

const missing: Transport = () =>
  Promise.resolve({
    ok: false,
    error: {
      code: 'unauthorized',
      message: 'This page has no access token. Open the address that `npm run serve` printed.',
    },
  });

function pickTransport(): Transport {
  const bridge = (window as { shelfmark?: ShelfmarkBridge }).shelfmark;
  if (bridge) return electronTransport(bridge);
  const token = takeBridgeToken(window.location, window.sessionStorage, window.history);
  return token ? httpTransport(token) : missing;
}

let transport: Transport | undefined;

/** Desktop, or a browser page that was given a token (it may still be a wrong one). */
export function hasAccessToken(): boolean {
  return isDesktop() || takeBridgeToken(window.location, window.sessionStorage, window.history) !== null;
}

/** In the desktop app main saves files with its own dialog; in a browser the window downloads them. */
export function isDesktop(): boolean {
  return Boolean((window as { shelfmark?: ShelfmarkBridge }).shelfmark);
}

export async function callApi<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  transport ??= pickTransport();
  const response = await transport(method, args);
  if (!response.ok && response.error.code === 'unauthorized') {
    useAccessStore.getState().setAccess(isDesktop() || transport !== missing ? 'rejected' : 'missing');
  }
  if (!response.ok) throw new ApiCallError(response.error);
  return response.value as ApiResult<M>;
}
