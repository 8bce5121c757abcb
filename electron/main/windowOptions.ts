/**
 * BrowserWindow options as plain data, so the security flags can be asserted in Vitest. Only
 * types come from Electron here; importing its value would try to locate the binary.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const WINDOW_TITLE = 'Spikeboard';

/**
 * The renderer is untrusted: isolated context, OS sandbox, no Node, same-origin policy on, and
 * no way to opt back in (no webview tag, no insecure content, no experimental features).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#111827',
    webPreferences: secureWebPreferences(preloadPath),
  };
}
