// ES module face of the test double; the built main.js uses named imports from 'electron'.
import fake from './index.cjs';

export const {
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
  fakeElectronState,
} = fake;
