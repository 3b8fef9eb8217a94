import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ApiErrorCode, ApiResponse } from '../../preload/api';
import type { Dispatch } from '../api/dispatch';
import { MAX_IMPORT_TEXT } from '../api/schemas';
import { SECURITY_HEADERS } from '../security/contentSecurityPolicy';
import { readStaticFile } from './staticFiles';

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The per-run secret every API request must carry as "Authorization: Bearer <token>". */
  token: string;
  /** The built renderer. */
  staticDir: string;
  /** host:port the server is bound to; requests naming any other Host are refused (DNS rebinding). */
  allowedHost: () => string;
}

const MAX_BODY_BYTES = MAX_IMPORT_TEXT * 2 + 1024;

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  invalid_argument: 400,
  not_found: 404,
  unknown_method: 404,
  unauthorized: 401,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  tag_exists: 409,
  not_available: 501,
  nothing_to_import: 422,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(res: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  const response: ApiResponse<never> = { ok: false, error: { code, message } };
  sendJson(res, status, response);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: BridgeOptions, method: string) {
  if (!tokenMatches(req.headers.authorization, options.token)) {
    sendError(
      res,
      401,
      'unauthorized',
      'Missing or wrong token. Open the address that `npm run serve` printed.',
    );
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'invalid_argument', 'API calls are POST requests.');
    return;
  }
  let args: unknown;
  try {
    const body = await readBody(req);
    args = body.length === 0 ? {} : JSON.parse(body);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendError(res, 413, 'invalid_argument', 'The request is too large.');
    } else {
      sendError(res, 400, 'invalid_argument', 'The request body is not valid JSON.');
    }
    return;
  }
  const response = await options.dispatch(method, args);
  sendJson(res, response.ok ? 200 : HTTP_STATUS[response.error.code], response);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, options: BridgeOptions, path: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    return;
  }
  const file = await readStaticFile(options.staticDir, path);
  if (!file) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  send(res, 200, file.body, file.contentType);
}

/**
 * The contract over HTTP for the browser UI and the end-to-end tests:
 * POST /api/<method> with a JSON body, answered with the same envelope as IPC.
 */
export function createBridgeServer(options: BridgeOptions): Server {
  return createServer((req, res) => {
    if (req.headers.host !== options.allowedHost()) {
      send(res, 403, 'Forbidden: unexpected Host header', 'text/plain; charset=utf-8');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://bridge.invalid');
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    const handling = api?.[1]
      ? handleApi(req, res, options, api[1])
      : handleStatic(req, res, options, pathname);
    handling.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'The server failed to answer.');
      else res.destroy();
    });
  });
}
