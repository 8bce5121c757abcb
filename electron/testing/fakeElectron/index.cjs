// A stand-in for the `electron` module, just wide enough to run the built main.js and
// preload.cjs under plain Node. It records what the app registers so drive.mjs can exercise it.
'use strict';

const state = { protocolHandlers: {}, ipcHandlers: {}, windows: [], exposed: {}, calls: [] };

class BrowserWindow {
  static getAllWindows() {
    return state.windows;
  }
  constructor(options) {
    this.options = options;
    this.url = undefined;
    this.webContents = { mainFrame: { url: '' } };
    state.windows.push(this);
  }
  once() {}
  on() {}
  async loadURL(url) {
    this.url = url;
    this.webContents.mainFrame.url = url;
  }
}

const app = {
  requestSingleInstanceLock: () => true,
  enableSandbox: () => state.calls.push('enableSandbox'),
  on: () => {},
  quit: () => state.calls.push('quit'),
  whenReady: () => Promise.resolve(),
  getName: () => 'Spikeboard',
  getVersion: () => '0.1.0-test',
};

const protocol = {
  registerSchemesAsPrivileged: (schemes) => state.calls.push(`privileged:${schemes[0].scheme}`),
  handle: (scheme, handler) => {
    state.protocolHandlers[scheme] = handler;
  },
};

const session = {
  defaultSession: {
    setPermissionRequestHandler: () => state.calls.push('permissions'),
    setPermissionCheckHandler: () => {},
    setDevicePermissionHandler: () => {},
    webRequest: { onHeadersReceived: () => {} },
  },
};

const ipcMain = {
  handle: (channel, listener) => {
    state.ipcHandlers[channel] = listener;
  },
};

// Preload side: invoke reaches main's handler as if sent by the window's main frame.
const ipcRenderer = {
  invoke: (channel, ...args) => {
    const handler = state.ipcHandlers[channel];
    if (!handler) return Promise.reject(new Error(`no handler for ${channel}`));
    const mainFrame = state.windows[0].webContents.mainFrame;
    return handler({ senderFrame: mainFrame, sender: { mainFrame } }, ...args);
  },
};

const contextBridge = {
  exposeInMainWorld: (key, api) => {
    state.exposed[key] = api;
  },
};

module.exports = {
  app,
  BrowserWindow,
  contextBridge,
  ipcMain,
  ipcRenderer,
  protocol,
  session,
  fakeElectronState: state,
};
