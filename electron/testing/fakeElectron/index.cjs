// A stand-in for the `electron` module, just wide enough to run the built main.js and
// preload.cjs under plain Node. It records what the app registers so drive.mjs can exercise it.
'use strict';

const state = {
  protocolHandlers: {},
  ipcHandlers: {},
  appListeners: {},
  windows: [],
  exposed: {},
  calls: [],
  menu: null,
  dialogAnswers: { open: [], save: [] },
  messageBoxes: [],
  rendererListeners: {},
  userData: process.env.SPIKEBOARD_FAKE_USERDATA ?? '/nonexistent',
};

let nextId = 1;

class BrowserWindow {
  static getAllWindows() {
    return state.windows.filter((w) => !w.closed);
  }
  static fromWebContents(contents) {
    return state.windows.find((w) => w.webContents === contents) ?? null;
  }
  constructor(options) {
    this.options = options;
    this.url = undefined;
    this.title = '';
    this.closed = false;
    this.listeners = {};
    this.webContents = {
      id: nextId++,
      mainFrame: { url: '' },
      sent: [],
      isDestroyed: () => this.closed,
      // Main → renderer: delivered to the preload's ipcRenderer listeners of this window.
      send: (channel, payload) => {
        this.webContents.sent.push([channel, payload]);
        for (const listener of state.rendererListeners[channel] ?? []) listener({}, payload);
      },
      on() {},
      once() {},
    };
    state.windows.push(this);
  }
  on(event, listener) {
    (this.listeners[event] ??= []).push(listener);
  }
  once(event, listener) {
    this.on(event, listener);
  }
  emit(event, ...args) {
    for (const listener of this.listeners[event] ?? []) listener(...args);
  }
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    this.emit('closed');
  }
  focus() {}
  isFocused() {
    return true;
  }
  isMinimized() {
    return false;
  }
  setTitle(title) {
    this.title = title;
  }
  setDocumentEdited(edited) {
    this.edited = edited;
  }
  async loadURL(url) {
    this.url = url;
    this.webContents.mainFrame.url = url;
  }
}

const app = {
  requestSingleInstanceLock: () => true,
  enableSandbox: () => state.calls.push('enableSandbox'),
  on: (event, listener) => {
    (state.appListeners[event] ??= []).push(listener);
  },
  quit: () => state.calls.push('quit'),
  whenReady: () => Promise.resolve(),
  getName: () => 'Spikeboard',
  getVersion: () => '0.1.0-test',
  getPath: (name) => `${state.userData}/${name}`,
  clearRecentDocuments: () => {},
  addRecentDocument: () => {},
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

const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => {
    state.menu = menu;
  },
};

const dialog = {
  showOpenDialog: async () => {
    const answer = state.dialogAnswers.open.shift();
    return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
  },
  showSaveDialog: async () => {
    const answer = state.dialogAnswers.save.shift();
    return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
  },
  showMessageBox: async (...args) => {
    state.messageBoxes.push(args.at(-1));
    return { response: 0 };
  },
};

const webContents = {
  fromId: (id) => state.windows.find((w) => w.webContents.id === id)?.webContents,
};

// Preload side: invoke reaches main's handler as if sent by the first window's main frame.
const ipcRenderer = {
  invoke: (channel, ...args) => {
    const handler = state.ipcHandlers[channel];
    if (!handler) return Promise.reject(new Error(`no handler for ${channel}`));
    const contents = state.windows[0].webContents;
    return handler({ senderFrame: contents.mainFrame, sender: contents }, ...args);
  },
  on: (channel, listener) => {
    (state.rendererListeners[channel] ??= []).push(listener);
  },
  removeListener: (channel, listener) => {
    state.rendererListeners[channel] = (state.rendererListeners[channel] ?? []).filter(
      (l) => l !== listener,
    );
  },
};

const contextBridge = {
  exposeInMainWorld: (key, api) => {
    state.exposed[key] = api;
  },
};

const webUtils = { getPathForFile: (file) => file.path ?? '' };

module.exports = {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  session,
  webContents,
  webUtils,
  fakeElectronState: state,
};
