/**
 * The preload: the renderer's only door to main. It exposes exactly one function per IPC
 * channel (and one subscription per main → renderer event) on `window.spikeboard`, and nothing
 * else — no ipcRenderer, no event objects, no Node. Sandboxed preloads run as CommonJS and may
 * only require 'electron'; contract.ts is bundled in.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_GLOBAL_NAME,
  IPC_CHANNELS,
  IPC_EVENTS,
  type IpcEvent,
  type IpcEvents,
  type SpikeboardApi,
} from '../ipc/contract';

type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function createSpikeboardApi(
  invoke: Invoke,
  subscribe: Subscribe,
  pathForFile: (file: File) => string,
): SpikeboardApi {
  const C = IPC_CHANNELS;
  // invoke() is untyped across the process boundary; main answers with the contract's types.
  const call =
    <M extends keyof typeof C>(channel: (typeof C)[M]) =>
    (...args: unknown[]) =>
      invoke(channel, ...args) as ReturnType<SpikeboardApi[M]>;
  const on =
    <E extends IpcEvent>(event: E) =>
    (listener: (payload: IpcEvents[E]) => void) =>
      subscribe(event, (payload) => listener(payload as IpcEvents[E]));
  return {
    // Each method forwards exactly the arguments its channel takes, so a careless caller's
    // extra arguments never reach main.
    getAppInfo: () => call<'getAppInfo'>(C.getAppInfo)(),
    openFile: () => call<'openFile'>(C.openFile)(),
    openRecentFile: (id) => call<'openRecentFile'>(C.openRecentFile)(id),
    // The page hands over the File; only the preload learns its path, and main re-checks it.
    openDroppedFile: (file) =>
      invoke(C.openDroppedFile, pathForFile(file)) as ReturnType<SpikeboardApi['openDroppedFile']>,
    saveFile: (token, text) => call<'saveFile'>(C.saveFile)(token, text),
    saveFileAs: (name, text) => call<'saveFileAs'>(C.saveFileAs)(name, text),
    listRecentFiles: () => call<'listRecentFiles'>(C.listRecentFiles)(),
    windowReady: () => call<'windowReady'>(C.windowReady)(),
    setDocumentState: (state) => call<'setDocumentState'>(C.setDocumentState)(state),
    resolveClose: (decision) => call<'resolveClose'>(C.resolveClose)(decision),
    newWindow: () => call<'newWindow'>(C.newWindow)(),
    nativeEdit: (action) => call<'nativeEdit'>(C.nativeEdit)(action),
    onMenuCommand: on(IPC_EVENTS.onMenuCommand),
    onFileOpened: on(IPC_EVENTS.onFileOpened),
    onCloseRequested: on(IPC_EVENTS.onCloseRequested),
  };
}

contextBridge.exposeInMainWorld(
  API_GLOBAL_NAME,
  createSpikeboardApi(
    // Wrap invoke so the renderer can never reach ipcRenderer itself through the function.
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      // Only the payload crosses into the page, never Electron's event object.
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
    (file) => webUtils.getPathForFile(file),
  ),
);
