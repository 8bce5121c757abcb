import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

// window.ts wires Electron objects; fakes record the wiring so each rule can be exercised.
vi.mock('electron', () => ({ BrowserWindow: class {}, session: { defaultSession: {} } }));

const { hardenSession, hardenWebContents } = await import('./window');
const { createSecurityPolicy, contentSecurityPolicy } = await import('./securityPolicy');
const policy = createSecurityPolicy(undefined);

type Listener = (...args: never[]) => unknown;

function fakeSession() {
  const hooks: Record<string, Listener> = {};
  const target = {
    setPermissionRequestHandler: (fn: Listener) => (hooks.request = fn),
    setPermissionCheckHandler: (fn: Listener) => (hooks.check = fn),
    setDevicePermissionHandler: (fn: Listener) => (hooks.device = fn),
    webRequest: { onHeadersReceived: (fn: Listener) => (hooks.headers = fn) },
  };
  return { target, hooks };
}

function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & { openHandler?: () => unknown };
  return Object.assign(emitter, {
    setWindowOpenHandler(handler: () => unknown) {
      emitter.openHandler = handler;
    },
  });
}

function navigation(contents: EventEmitter, name: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(name, event);
  return event.preventDefault.mock.calls.length > 0;
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { target, hooks } = fakeSession();
    hardenSession(policy, target as never);
    const callback = vi.fn();
    (hooks.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
      {},
      'media',
      callback,
    );
    expect(callback).toHaveBeenCalledWith(false);
    expect((hooks.check as () => boolean)()).toBe(false);
    expect((hooks.device as () => boolean)()).toBe(false);
  });

  it('adds the security headers to app responses through onHeadersReceived', () => {
    const { target, hooks } = fakeSession();
    hardenSession(policy, target as never);
    const callback = vi.fn();
    const details = { url: 'app://spikeboard/index.html', responseHeaders: {} };
    (hooks.headers as (d: unknown, cb: (r: unknown) => void) => void)(details, callback);
    const { responseHeaders } = callback.mock.calls[0]?.[0] as {
      responseHeaders: Record<string, string[]>;
    };
    expect(responseHeaders['Content-Security-Policy']).toEqual([contentSecurityPolicy(policy)]);
    expect(responseHeaders['Cross-Origin-Opener-Policy']).toEqual(['same-origin']);
  });
});

describe('hardenWebContents', () => {
  it('denies window.open', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, policy);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app, allows moves within it', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, policy);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigation(contents, name, 'https://example.com/'), name).toBe(true);
      expect(navigation(contents, name, 'file:///etc/passwd'), name).toBe(true);
      expect(navigation(contents, name, 'app://spikeboard/index.html'), name).toBe(false);
    }
  });

  it('refuses to attach webviews', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, policy);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
