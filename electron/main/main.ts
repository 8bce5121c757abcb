/**
 * Electron main entry: app lifecycle, one window per document, the menu, the file channels.
 * It moves text and bytes only; it never imports React or engine code (the renderer interprets
 * circuits).
 */
import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installAppMenu } from './appMenu';
import { handleAppScheme, registerAppSchemePrivileges } from './appProtocol';
import { DocumentWindows } from './documentWindows';
import { createWindowLike, nativeDialogs, showError } from './electronWindows';
import { FileService } from './fileService';
import { FileTokens } from './fileTokens';
import { registerIpcHandlers } from './ipc';
import { filesFromArgv } from './launchFiles';
import { RecentFiles } from './recentFiles';
import { createSecurityPolicy, PACKAGED_APP_ORIGIN } from './securityPolicy';
import { hardenSession, hardenWebContents } from './window';

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

/** Files the OS asked to open before the app was ready (macOS open-file, first argv). */
const filesBeforeReady: string[] = [];
let windows: DocumentWindows | null = null;

function openFiles(filePaths: string[]): void {
  if (windows === null) filesBeforeReady.push(...filePaths);
  else if (filePaths.length > 0) void windows.openFromOs(filePaths);
}

function focusSomeWindow(): void {
  windows?.focused()?.focus();
}

async function start(): Promise<void> {
  hardenSession(policy);
  if (!policy.dev) handleAppScheme(rendererDir, policy);
  const tokens = new FileTokens();
  const recent = new RecentFiles(path.join(app.getPath('userData'), 'recent-files.json'), () => {
    if (windows !== null) installAppMenu({ windows, recent, dev: policy.dev });
  });
  await recent.load();
  const files = new FileService({
    tokens,
    recent,
    dialogs: nativeDialogs,
    defaultFolder: app.getPath('documents'),
  });
  windows = new DocumentWindows({
    createWindow: () => createWindowLike({ url: startUrl, preloadPath }),
    tokens,
    openPath: (owner, filePath) => files.openPath(owner, filePath),
    showError,
    continueQuit: () => app.quit(),
    appName: app.getName(),
  });
  registerIpcHandlers(policy, {
    appInfo: {
      getName: () => app.getName(),
      getVersion: () => app.getVersion(),
      platform: process.platform,
    },
    files,
    recent,
    windows,
  });
  installAppMenu({ windows, recent, dev: policy.dev });
  windows.openWindow();
  openFiles(filesBeforeReady.splice(0));
}

// One running instance: a second launch (double-clicking a .spikeboard file) hands its files
// to this one, which opens each in a window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppSchemePrivileges();
  filesBeforeReady.push(...filesFromArgv(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, cwd) => {
    const launched = filesFromArgv(argv, cwd);
    if (launched.length > 0) openFiles(launched);
    else focusSomeWindow();
  });
  // macOS delivers double-clicked and dropped-on-Dock files this way, also before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFiles([filePath]);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('before-quit', () => windows?.beginQuit());
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows until the user quits explicitly.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) windows?.openWindow();
  });
  void app.whenReady().then(start);
}
