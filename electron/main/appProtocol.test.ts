import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Capture what appProtocol.ts hands to Electron's protocol module, then drive the handler with
// real Request objects against a real folder.
type Handler = (request: Request) => Promise<Response>;
const handlers = new Map<string, Handler>();
const privileged: unknown[] = [];
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
  },
}));

const { handleAppScheme, registerAppSchemePrivileges } = await import('./appProtocol');
const { createSecurityPolicy, contentSecurityPolicy } = await import('./securityPolicy');

const policy = createSecurityPolicy(undefined);
let rendererDir: string;

beforeAll(async () => {
  rendererDir = await mkdtemp(path.join(tmpdir(), 'spikeboard-protocol-'));
  await mkdir(path.join(rendererDir, 'assets'));
  await writeFile(path.join(rendererDir, 'index.html'), '<title>Spikeboard</title>');
  await writeFile(path.join(rendererDir, 'assets', 'worker.js'), 'self.onmessage = () => {}');
  handleAppScheme(rendererDir, policy);
});

afterAll(async () => {
  await rm(rendererDir, { recursive: true, force: true });
});

function serve(url: string, method = 'GET'): Promise<Response> {
  const handler = handlers.get('app');
  if (!handler) throw new Error('app: scheme not handled');
  return handler(new Request(url, { method }));
}

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme before ready', () => {
    registerAppSchemePrivileges();
    expect(privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ]);
  });

  it('serves the page with cross-origin isolation and the CSP', async () => {
    const response = await serve('app://spikeboard/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<title>Spikeboard</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(policy));
  });

  it('gives workers the same headers (they need COEP too)', async () => {
    const response = await serve('app://spikeboard/assets/worker.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await serve('app://spikeboard/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serve('app://spikeboard/index.html', 'POST')).status).toBe(405);
  });

  it('keeps security headers on errors and never leaves the folder', async () => {
    const missing = await serve('app://spikeboard/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await serve('app://spikeboard/..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });
});
