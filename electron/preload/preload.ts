/**
 * The preload: the renderer's only door to main. It exposes exactly one function per IPC
 * channel on `window.spikeboard` and nothing else — no ipcRenderer, no event objects, no Node.
 * Sandboxed preloads run as CommonJS and may only require 'electron'; contract.ts is bundled in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL_NAME, IPC_CHANNELS, type SpikeboardApi } from '../ipc/contract';

export function createSpikeboardApi(
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>,
): SpikeboardApi {
  return {
    // invoke() is untyped across the process boundary; main answers with the contract's type.
    getAppInfo: () => invoke(IPC_CHANNELS.getAppInfo) as ReturnType<SpikeboardApi['getAppInfo']>,
  };
}

contextBridge.exposeInMainWorld(
  API_GLOBAL_NAME,
  // Wrap invoke so the renderer can never reach ipcRenderer itself through the function.
  createSpikeboardApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
