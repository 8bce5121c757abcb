/**
 * Creates the single app window and hardens every web contents and the default session: no
 * permissions, no navigation away from the app, no new windows, security headers on app pages.
 */
import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import { isAllowedNavigation, withSecurityHeaders, type SecurityPolicy } from './securityPolicy';
import { mainWindowOptions } from './windowOptions';

/** Session-wide rules; call once, after 'ready', before the first window loads. */
export function hardenSession(policy: SecurityPolicy, target: Session = session.defaultSession) {
  // The app needs no camera, microphone, notifications, geolocation, HID, serial or USB.
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withSecurityHeaders(details.url, details.responseHeaders, policy),
    });
  });
}

/** Per-contents rules; main.ts applies them to every web contents Electron creates. */
export function hardenWebContents(contents: WebContents, policy: SecurityPolicy): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, policy)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-redirect', (event) => blockForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export type MainWindowTarget = { url: string; preloadPath: string };

export function createMainWindow(target: MainWindowTarget): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(target.preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(target.url);
  return window;
}
