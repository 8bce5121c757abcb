/**
 * Electron main entry: app lifecycle and the single window. It moves text and bytes only; it
 * never imports React or engine code (the renderer interprets circuits).
 */
import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleAppScheme, registerAppSchemePrivileges } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { createSecurityPolicy, PACKAGED_APP_ORIGIN } from './securityPolicy';
import { createMainWindow, hardenSession, hardenWebContents } from './window';

// This bundle is ESM (.vite/build/main.js); the preload is CommonJS because sandboxed preloads
// cannot be ES modules; the renderer is built by Forge into .vite/renderer/<name>/.
const buildDir = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(buildDir, 'preload.cjs');
const rendererDir = path.join(buildDir, '..', 'renderer', MAIN_WINDOW_VITE_NAME);

// `typeof` guard: outside `electron-forge start` the constant may be left undefined by Vite.
const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL !== ''
    ? MAIN_WINDOW_VITE_DEV_SERVER_URL
    : undefined;
const policy = createSecurityPolicy(devServerUrl);
const startUrl = devServerUrl ?? `${PACKAGED_APP_ORIGIN}/index.html`;

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({ url: startUrl, preloadPath });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// One running instance: a second launch (e.g. double-clicking a .spikeboard file) focuses the
// first window instead of opening another.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppSchemePrivileges();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows until the user quits explicitly.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  void app.whenReady().then(() => {
    hardenSession(policy);
    if (!policy.dev) handleAppScheme(rendererDir, policy);
    registerIpcHandlers(policy);
    openMainWindow();
  });
}
