/**
 * The packaged renderer is served from app://spikeboard/ rather than file://, because file:
 * responses carry no headers, and the page needs COOP/COEP (cross-origin isolation) and a CSP.
 */
import { protocol } from 'electron';
import { readAppFile } from './appFiles';
import { APP_SCHEME, securityHeaders, type SecurityPolicy } from './securityPolicy';

/** Must run before app 'ready': Chromium fixes scheme privileges at startup. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and origins work; secure: counts as a secure context (needed for
      // cross-origin isolation); supportFetchAPI/stream: fetch() and WebAssembly streaming.
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Serves files from `rendererDir` with the security headers on every response. */
export function handleAppScheme(rendererDir: string, policy: SecurityPolicy): void {
  const headers = securityHeaders(policy);
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers });
    }
    const file = await readAppFile(rendererDir, request.url);
    const body = request.method === 'HEAD' ? null : Buffer.from(file.body);
    return new Response(body, {
      status: file.status,
      headers: { ...headers, 'Content-Type': file.mimeType },
    });
  });
}
