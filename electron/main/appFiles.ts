/**
 * Maps app://spikeboard/<path> requests to files in the built renderer folder, confined to that
 * folder. Node-only (no Electron), so it is tested against a real temporary directory.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './securityPolicy';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.spikeboard': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // application/wasm is required for WebAssembly.instantiateStreaming.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppFileLocation =
  { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Lexical resolution: decode the path once, reject NUL bytes and anything that normalises outside
 * `rootDir`. "/" serves index.html. Does not touch the disk.
 */
export function locateAppFile(rootDir: string, requestUrl: string): AppFileLocation {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: `not an ${APP_SCHEME}://${APP_HOST} URL` };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (relative.includes('\0')) return { ok: false, status: 400, reason: 'NUL byte in path' };
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  // Backslashes are separators on Windows; treat them as such everywhere so tests mean the same.
  const filePath = path.resolve(root, '.' + relative.replaceAll('\\', '/'));
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { ok: false, status: 403, reason: 'path escapes the app folder' };
  }
  return { ok: true, filePath };
}

export type AppFileResponse = {
  status: number;
  mimeType: string;
  body: Uint8Array;
};

function textResponse(status: number, message: string): AppFileResponse {
  return {
    status,
    mimeType: 'text/plain; charset=utf-8',
    body: new TextEncoder().encode(message),
  };
}

/** Reads the file a request names; every failure is a status code, never an exception. */
export async function readAppFile(rootDir: string, requestUrl: string): Promise<AppFileResponse> {
  const location = locateAppFile(rootDir, requestUrl);
  if (!location.ok) return textResponse(location.status, location.reason);
  try {
    const info = await stat(location.filePath);
    if (!info.isFile()) return textResponse(404, 'not a file');
    const body = await readFile(location.filePath);
    return { status: 200, mimeType: mimeTypeFor(location.filePath), body };
  } catch {
    return textResponse(404, 'not found');
  }
}
