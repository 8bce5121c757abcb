/**
 * Pure security policy for the app window: which URLs count as "the app", which navigations are
 * allowed, and which response headers the app's own pages get. No Electron import, so Vitest can
 * exercise every rule without the Electron binary.
 */

/** Scheme and host the packaged renderer is served from (see appProtocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'spikeboard';
export const PACKAGED_APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type SecurityPolicy = {
  /** Origin of the app's pages: the Vite dev server in development, app://spikeboard packaged. */
  appOrigin: string;
  /** Development relaxes the CSP only as far as Vite's HMR client and React Refresh need. */
  dev: boolean;
};

/**
 * Forge defines the dev server URL only under `electron-forge start`; packaged builds get
 * `undefined` and load from the custom scheme instead.
 */
export function createSecurityPolicy(devServerUrl: string | undefined): SecurityPolicy {
  if (devServerUrl === undefined || devServerUrl === '') {
    return { appOrigin: PACKAGED_APP_ORIGIN, dev: false };
  }
  const origin = originOf(devServerUrl);
  if (origin === null) throw new Error(`dev server URL is not a URL: ${devServerUrl}`);
  return { appOrigin: origin, dev: true };
}

const ORIGIN_SCHEMES = new Set(['http:', 'https:', `${APP_SCHEME}:`]);

/**
 * `scheme://host[:port]`, or null for anything that cannot be the app (file:, data:, javascript:,
 * unparsable text). Built by hand because Node's URL reports origin "null" for custom schemes.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ORIGIN_SCHEMES.has(parsed.protocol) || parsed.host === '') return null;
  // Credentials in a URL are a classic origin-confusion trick; the app never uses them.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True when `url` belongs to the app's own origin (the IPC sender check uses this too). */
export function isAppUrl(url: string | null | undefined, policy: SecurityPolicy): boolean {
  if (typeof url !== 'string') return false;
  return originOf(url) === policy.appOrigin.toLowerCase();
}

/**
 * The window may only move between the app's own pages (a dev reload, an in-app link). Anything
 * else — a remote site, file:, data:, javascript: — is refused.
 */
export function isAllowedNavigation(url: string, policy: SecurityPolicy): boolean {
  return isAppUrl(url, policy);
}

/** The WebSocket origin Vite's HMR client connects to in development. */
function hmrSocketOrigin(appOrigin: string): string {
  return appOrigin.replace(/^http/, 'ws');
}

/**
 * The Content-Security-Policy for app pages. 'self' is paired with the explicit origin because
 * custom schemes have not always matched 'self' in Chromium.
 *
 * What gpu.js (2.24) needs, backend by backend, and nothing more:
 * - webgpu, webgl2/webgl: nothing extra — kernels become WGSL/GLSL strings handed to the GPU
 *   API, which the CSP does not govern;
 * - webasm: 'wasm-unsafe-eval' (WebAssembly.compile of the kernels it generates), and
 *   `worker-src blob:` for its thread pool, whose workers start from a Blob URL;
 *   SharedArrayBuffer for those threads comes from cross-origin isolation (COOP + COEP below);
 * - cpu: compiles JavaScript with `new Function`, which needs 'unsafe-eval'. Deliberately NOT
 *   allowed: the exact reference backend is the CPU path, so no page of the app can eval text.
 */
export function contentSecurityPolicy(policy: SecurityPolicy): string {
  const self = `'self' ${policy.appOrigin}`;
  // React Refresh injects an inline preamble and Vite's client opens a WebSocket: dev only.
  const devScript = policy.dev ? " 'unsafe-inline'" : '';
  const devConnect = policy.dev ? ` ${hmrSocketOrigin(policy.appOrigin)}` : '';
  return [
    `default-src ${self}`,
    `script-src ${self} 'wasm-unsafe-eval'${devScript}`,
    // Inline styles: React Flow and uPlot set style attributes at runtime.
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self} data:`,
    `connect-src ${self}${devConnect}`,
    `worker-src ${self} blob:`,
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers every app response carries. COOP + COEP make the page cross-origin isolated, which
 * SharedArrayBuffer (threaded WebAssembly backends) requires.
 */
export function securityHeaders(policy: SecurityPolicy): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(policy),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * For session.webRequest.onHeadersReceived: app responses get our headers, replacing any
 * same-named header whatever its case (a dev server may send its own); other responses pass
 * through untouched.
 */
export function withSecurityHeaders(
  url: string,
  responseHeaders: ResponseHeaders | undefined,
  policy: SecurityPolicy,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const ours = isAppUrl(url, policy) ? securityHeaders(policy) : {};
  const ourNames = new Set(Object.keys(ours).map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(responseHeaders ?? {})) {
    if (ourNames.has(name.toLowerCase())) continue;
    result[name] = Array.isArray(value) ? [...value] : [value];
  }
  for (const [name, value] of Object.entries(ours)) result[name] = [value];
  return result;
}
