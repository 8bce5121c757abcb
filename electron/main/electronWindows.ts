/**
 * The Electron side of DocumentWindows and FileService: a BrowserWindow seen as a `WindowLike`,
 * and the native dialogs. Kept small; the rules live in the pure modules.
 */
import { BrowserWindow, dialog, webContents, type OpenDialogOptions } from 'electron';
import type { Dialogs } from './fileService';
import type { WindowLike } from './documentWindows';
import { createMainWindow, type MainWindowTarget } from './window';

const FILTERS = [
  { name: 'Spikeboard circuits', extensions: ['spikeboard'] },
  { name: 'JSON', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

export function windowOf(owner: number | null): BrowserWindow | null {
  if (owner === null) return null;
  const contents = webContents.fromId(owner);
  return contents === undefined ? null : BrowserWindow.fromWebContents(contents);
}

export function createWindowLike(target: MainWindowTarget): WindowLike {
  const window = createMainWindow(target);
  const contents = window.webContents;
  let loadedOnce = false;
  contents.once('did-finish-load', () => {
    loadedOnce = true;
  });
  return {
    ownerId: contents.id,
    send: (event, payload) => {
      if (!contents.isDestroyed()) contents.send(event, payload);
    },
    on: ((event: string, listener: (...args: never[]) => void) => {
      if (event === 'close') window.on('close', listener as (e: Electron.Event) => void);
      else if (event === 'closed') window.on('closed', listener as () => void);
      else {
        const reset = listener as () => void;
        contents.on('render-process-gone', reset);
        contents.on('did-start-navigation', (details) => {
          if (loadedOnce && details.isMainFrame && !details.isSameDocument) reset();
        });
      }
    }) as WindowLike['on'],
    close: () => window.close(),
    focus: () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    isFocused: () => window.isFocused(),
    setTitle: (title) => window.setTitle(title),
    setEdited: (edited) => window.setDocumentEdited(edited),
    nativeEdit: (action) => contents[action](),
  };
}

export const nativeDialogs: Dialogs = {
  showOpen: async (owner, defaultFolder) => {
    const options: OpenDialogOptions = {
      defaultPath: defaultFolder,
      properties: ['openFile'],
      filters: FILTERS,
    };
    const window = windowOf(owner);
    const result = await (window === null
      ? dialog.showOpenDialog(options)
      : dialog.showOpenDialog(window, options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  showSave: async (owner, defaultPath) => {
    const options = {
      defaultPath,
      filters: FILTERS,
      properties: ['showOverwriteConfirmation' as const],
    };
    const window = windowOf(owner);
    const result = await (window === null
      ? dialog.showSaveDialog(options)
      : dialog.showSaveDialog(window, options));
    return result.canceled || result.filePath === '' ? null : result.filePath;
  },
};

export function showError(owner: number | null, message: string): void {
  const window = windowOf(owner);
  const options = { type: 'error' as const, title: 'Spikeboard', message };
  void (window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options));
}
