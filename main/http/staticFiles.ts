import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, isAbsolute } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Resolves a URL path inside root, refusing anything that would climb out of it.
 * Returns null for a path outside root or a file that is not there.
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const path = join(root, normalize(wanted));
  const inside = relative(root, path);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  // Read at once, not with fs/promises: each step of an asynchronous read waits for a turn of the
  // event loop, and at start `serve` spends its turns loading its API (serve.ts), so the page's
  // script would wait for all of it. The window's files are small and read from the disk cache.
  try {
    if (!statSync(path).isFile()) return null;
    return {
      body: readFileSync(path),
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    };
  } catch {
    return null;
  }
}
