import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ApiErrorCode, ApiResponse } from '../../preload/api';
import type { Dispatch } from '../api/dispatch';
import type { ExportJobs } from '../api/exportJobs';
import { MAX_IMPORT_TEXT } from '../../preload/api';
import { ShelfmarkError } from '../library/ShelfmarkError';
import { SECURITY_HEADERS } from '../security/contentSecurityPolicy';
import { writeChunk } from '../writeChunk';
import { readStaticFile } from './staticFiles';

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The per-run secret every API request must carry as "Authorization: Bearer <token>". */
  token: string;
  /** The built renderer. */
  staticDir: string;
  /** host:port the server is bound to; requests naming any other Host are refused (DNS rebinding). */
  allowedHost: () => string;
  limits?: Partial<BridgeLimits>;
  /** Started exports, streamed at GET /export/<ticket>; without it there are no downloads. */
  exports?: Pick<ExportJobs, 'take' | 'pipe'>;
}

export interface BridgeLimits {
  /** One request body. */
  maxBodyBytes: number;
  /** All bodies being received at once: ten large imports at a time must not exhaust memory. */
  maxInFlightBodyBytes: number;
  /** A client that has not finished its headers by then is disconnected (slowloris). */
  headersTimeoutMs: number;
  /** The whole request, body included. */
  requestTimeoutMs: number;
  /** A connection on which nothing moves. */
  idleTimeoutMs: number;
  /** A call whose answer has not come by then loses its connection. */
  answerTimeoutMs: number;
}

const MAX_BODY_BYTES = MAX_IMPORT_TEXT * 2 + 1024;

export const DEFAULT_LIMITS: BridgeLimits = {
  maxBodyBytes: MAX_BODY_BYTES,
  // One largest import and room for ordinary calls beside it; the rest wait for a 503's Retry-After.
  maxInFlightBodyBytes: MAX_BODY_BYTES + 4 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  idleTimeoutMs: 60_000,
  answerTimeoutMs: 30 * 60_000,
};

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
  busy: 503,
  disk_full: 507,
  damaged: 500,
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
class ServerBusyError extends Error {}

/**
 * Bytes of request bodies held in memory across all requests. A body reserves its declared
 * Content-Length before a byte is read, and a chunked one reserves as it arrives.
 */
class BodyBudget {
  private inFlight = 0;
  constructor(readonly limits: BridgeLimits) {}

  reserve(bytes: number): void {
    if (bytes > this.limits.maxBodyBytes) throw new BodyTooLargeError();
    if (this.inFlight + bytes > this.limits.maxInFlightBodyBytes) throw new ServerBusyError();
    this.inFlight += bytes;
  }

  release(bytes: number): void {
    this.inFlight -= bytes;
  }
}

async function readBody(req: IncomingMessage, budget: BodyBudget): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  budget.reserve(declared);
  let reserved = declared;
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > reserved) {
        budget.reserve(size - reserved);
        reserved = size;
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    budget.release(reserved);
  }
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: BridgeOptions,
  method: string,
  budget: BodyBudget,
) {
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
    const body = await readBody(req, budget);
    args = body.length === 0 ? {} : JSON.parse(body);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      res.setHeader('Connection', 'close');
      sendError(res, 413, 'invalid_argument', 'The request is too large. Nothing was saved.');
    } else if (error instanceof ServerBusyError) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '2');
      sendError(
        res,
        503,
        'busy',
        'Shelfmark is busy receiving other large requests. Nothing was saved; try again.',
      );
    } else {
      sendError(res, 400, 'invalid_argument', 'The request body is not valid JSON.');
    }
    return;
  }
  // The request is in; what follows is the server's own work (a big import can take minutes), so
  // the idle timeout, which is for clients that stop sending, must not cut it off.
  // A call that never answers still loses its connection, after answerTimeoutMs.
  res.setTimeout(budget.limits.answerTimeoutMs);
  const response = await options.dispatch(method, args);
  sendJson(res, response.ok ? 200 : HTTP_STATUS[response.error.code], response);
}

function handleStatic(req: IncomingMessage, res: ServerResponse, options: BridgeOptions, path: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    return;
  }
  const file = readStaticFile(options.staticDir, path);
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
  const limits: BridgeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const budget = new BodyBudget(limits);
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (req, res) => {
      const fail = (error: unknown) => {
        console.error(error);
        if (!res.headersSent) sendError(res, 500, 'internal', 'The server failed to answer.');
        else res.destroy();
      };
      try {
        route(req, res, options, budget).catch(fail);
      } catch (error) {
        fail(error);
      }
    },
  );
  server.timeout = limits.idleTimeoutMs;
  return server;
}

/** The path of an origin-form target ("/x?y"); anything else ("//[", "http://x:99999/", "*") is null. */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/') || target.startsWith('//')) return null;
  if (!URL.canParse(target, 'http://bridge.invalid')) return null;
  return new URL(target, 'http://bridge.invalid').pathname;
}

async function route(req: IncomingMessage, res: ServerResponse, options: BridgeOptions, budget: BodyBudget) {
  if (req.headers.host !== options.allowedHost()) {
    send(res, 403, 'Forbidden: unexpected Host header', 'text/plain; charset=utf-8');
    return;
  }
  const pathname = requestPath(req.url);
  if (pathname === null) {
    send(res, 400, 'Bad request target', 'text/plain; charset=utf-8');
    return;
  }
  const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
  const download = /^\/export\/([A-Za-z0-9_-]{32})$/.exec(pathname);
  if (api?.[1]) await handleApi(req, res, options, api[1], budget);
  else if (download?.[1]) await handleExportDownload(req, res, options, download[1]);
  else handleStatic(req, res, options, pathname);
}

class ReaderGoneError extends Error {}

/**
 * A started export as a download, written a chunk at a time as the browser reads it (chunked,
 * no Content-Length). A link can carry no Authorization header: the ticket is the permission,
 * given only to a caller with the token (startExport), unguessable, and good for one download.
 * A failure or a cancel mid-way drops the connection, so a cut file never looks complete.
 */
async function handleExportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  options: BridgeOptions,
  ticket: string,
) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    return;
  }
  const job = options.exports?.take(ticket);
  if (!job) {
    send(
      res,
      404,
      'This export was downloaded already or has expired. Export again from Shelfmark.',
      'text/plain; charset=utf-8',
    );
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': `${job.stream.mimeType}; charset=utf-8`,
    'Content-Disposition': `attachment; filename="${job.stream.filename}"`,
    'Cache-Control': 'no-store',
  });
  try {
    await options.exports?.pipe(job, async (chunks) => {
      for await (const chunk of chunks) if (!(await writeChunk(res, chunk))) throw new ReaderGoneError();
    });
    res.end();
  } catch (error) {
    if (!(error instanceof ReaderGoneError) && !(error instanceof ShelfmarkError)) console.error(error);
    res.destroy();
  }
}
