import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  createSecurityPolicy,
  isAllowedNavigation,
  isAppUrl,
  originOf,
  PACKAGED_APP_ORIGIN,
  securityHeaders,
  withSecurityHeaders,
} from './securityPolicy';

const packaged = createSecurityPolicy(undefined);
const dev = createSecurityPolicy('http://localhost:5173');

describe('createSecurityPolicy', () => {
  it('uses app://spikeboard when there is no dev server', () => {
    expect(packaged).toEqual({ appOrigin: 'app://spikeboard', dev: false });
    expect(createSecurityPolicy('')).toEqual(packaged);
  });

  it("uses the dev server's origin under electron-forge start", () => {
    expect(dev).toEqual({ appOrigin: 'http://localhost:5173', dev: true });
    expect(createSecurityPolicy('http://127.0.0.1:5174/some/path').appOrigin).toBe(
      'http://127.0.0.1:5174',
    );
  });

  it('rejects a dev server URL that is not a URL', () => {
    expect(() => createSecurityPolicy('localhost:5173 oops')).toThrow(/not a URL/);
  });
});

describe('originOf', () => {
  it('builds origins by hand, including for the custom scheme', () => {
    expect(originOf('app://spikeboard/index.html')).toBe('app://spikeboard');
    expect(originOf('APP://SpikeBoard/x')).toBe('app://spikeboard');
    expect(originOf('http://localhost:5173/src/main.tsx?t=1')).toBe('http://localhost:5173');
  });

  it('gives null for schemes and forms that can never be the app', () => {
    for (const url of [
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
      'http://user:pw@localhost:5173/',
    ]) {
      expect(originOf(url)).toBeNull();
    }
  });
});

describe('isAllowedNavigation', () => {
  it('allows moving between app pages', () => {
    expect(isAllowedNavigation(`${PACKAGED_APP_ORIGIN}/index.html`, packaged)).toBe(true);
    expect(isAllowedNavigation('app://spikeboard/lessons/1#step-2', packaged)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', dev)).toBe(true);
  });

  it('blocks every other origin, scheme, port and look-alike host', () => {
    const blocked = [
      'https://example.com/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://localhost:5173.evil.example/',
      'app://spikeboard.evil/index.html',
      'app://other/index.html',
      'file:///home/user/circuit.spikeboard',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
    ];
    for (const url of blocked) {
      expect(isAllowedNavigation(url, packaged), url).toBe(false);
      expect(isAllowedNavigation(url, dev), url).toBe(false);
    }
    // Each mode accepts only its own origin.
    expect(isAllowedNavigation('http://localhost:5173/', packaged)).toBe(false);
    expect(isAllowedNavigation('app://spikeboard/index.html', dev)).toBe(false);
  });

  it('treats a missing sender URL as foreign', () => {
    expect(isAppUrl(undefined, packaged)).toBe(false);
    expect(isAppUrl(null, packaged)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) =>
    new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

  it('is strict when packaged: no inline or eval scripts, no plugins, no framing', () => {
    const csp = directives(contentSecurityPolicy(packaged));
    expect(csp.get('default-src')).toEqual(["'self'", 'app://spikeboard']);
    expect(csp.get('script-src')).toEqual(["'self'", 'app://spikeboard', "'wasm-unsafe-eval'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'app://spikeboard']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(contentSecurityPolicy(packaged)).not.toMatch(/'unsafe-eval'|\*/);
  });

  it("relaxes only what Vite's dev client needs in development", () => {
    const csp = directives(contentSecurityPolicy(dev));
    expect(csp.get('script-src')).toContain("'unsafe-inline'");
    expect(csp.get('connect-src')).toContain('ws://localhost:5173');
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy(dev)).not.toMatch(/'unsafe-eval'|\*/);
  });
});

describe('withSecurityHeaders', () => {
  it('adds cross-origin isolation and the CSP to app responses', () => {
    const headers = withSecurityHeaders(
      'app://spikeboard/index.html',
      { 'Content-Type': ['text/html'] },
      packaged,
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(packaged)],
      'Cross-Origin-Opener-Policy': ['same-origin'],
      'Cross-Origin-Embedder-Policy': ['require-corp'],
      'Cross-Origin-Resource-Policy': ['same-origin'],
      'X-Content-Type-Options': ['nosniff'],
    });
  });

  it("replaces a dev server's own policy headers whatever their case", () => {
    const headers = withSecurityHeaders(
      'http://localhost:5173/src/worker.ts?worker_file',
      {
        'content-security-policy': ['default-src *'],
        'cross-origin-embedder-policy': 'credentialless',
        'Cache-Control': 'no-cache',
      },
      dev,
    );
    const names = Object.keys(headers).map((n) => n.toLowerCase());
    expect(names.filter((n) => n === 'content-security-policy')).toHaveLength(1);
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy(dev)]);
    expect(headers['Cross-Origin-Embedder-Policy']).toEqual(['require-corp']);
    expect(headers['Cache-Control']).toEqual(['no-cache']);
  });

  it('leaves responses from other origins untouched', () => {
    const original = { 'Content-Type': ['text/html'], 'Set-Cookie': ['a=1', 'b=2'] };
    expect(withSecurityHeaders('https://example.com/', original, packaged)).toEqual(original);
    expect(withSecurityHeaders('https://example.com/', undefined, packaged)).toEqual({});
  });

  it('matches what securityHeaders() gives the custom protocol handler', () => {
    const viaWebRequest = withSecurityHeaders('app://spikeboard/', {}, packaged);
    const direct = Object.fromEntries(
      Object.entries(securityHeaders(packaged)).map(([k, v]) => [k, [v]]),
    );
    expect(viaWebRequest).toEqual(direct);
  });
});
