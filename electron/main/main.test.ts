import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../ipc/contract';

// Runs main.ts's lifecycle against a fake Electron that records each call in order, so the
// startup sequence (sandbox and scheme before ready; protocol, IPC, window after) is checked.
const log: string[] = [];
const fake = {
  lock: true,
  windows: [] as { options: Record<string, unknown>; url?: string }[],
  protocolHandled: [] as string[],
  ipcChannels: [] as string[],
};

let nextContentsId = 1;
vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    record: { options: Record<string, unknown>; url?: string };
    webContents = {
      id: nextContentsId++,
      once() {},
      on() {},
      send() {},
      isDestroyed: () => false,
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      fake.windows.push(this.record);
      log.push('new BrowserWindow');
    }
    once() {}
    on() {}
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  const noop = () => {};
  return {
    BrowserWindow,
    app: {
      requestSingleInstanceLock: () => fake.lock,
      quit: () => log.push('quit'),
      enableSandbox: () => log.push('enableSandbox'),
      on: noop,
      whenReady: async () => log.push('ready'),
      getName: () => 'Spikeboard',
      getVersion: () => '0.1.0',
      getPath: (name: string) => `/nonexistent-spikeboard-test/${name}`,
      clearRecentDocuments: noop,
      addRecentDocument: noop,
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: () => log.push('menu'),
    },
    dialog: {},
    webContents: { fromId: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: () => log.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => fake.protocolHandled.push(scheme),
    },
    ipcMain: { handle: (channel: string) => fake.ipcChannels.push(channel) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => log.push('deny permissions'),
        setPermissionCheckHandler: noop,
        setDevicePermissionHandler: noop,
        webRequest: { onHeadersReceived: noop },
      },
    },
  };
});

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('./main');
  // Let the whenReady() continuation (it loads the recent list first) run.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

beforeEach(() => {
  log.length = 0;
  fake.lock = true;
  fake.windows.length = 0;
  fake.protocolHandled.length = 0;
  fake.ipcChannels.length = 0;
  vi.stubGlobal('MAIN_WINDOW_VITE_NAME', 'main_window');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('main process startup', () => {
  it('packaged: sandbox and app:// before ready, then session, protocol, IPC, menu, one window', async () => {
    await startMain();
    expect(log).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'ready',
      'deny permissions',
      'menu',
      'new BrowserWindow',
    ]);
    expect(fake.protocolHandled).toEqual(['app']);
    expect(fake.ipcChannels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.url).toBe('app://spikeboard/index.html');
    const prefs = fake.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/[\\/]preload\.cjs$/);
  });

  it('development: loads the Vite dev server and does not serve app://', async () => {
    vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', 'http://localhost:5173');
    await startMain();
    expect(fake.windows[0]?.url).toBe('http://localhost:5173');
    expect(fake.protocolHandled).toEqual([]);
  });

  it('a second instance quits at once without opening a window', async () => {
    fake.lock = false;
    await startMain();
    expect(log).toEqual(['quit']);
    expect(fake.windows).toHaveLength(0);
  });
});
