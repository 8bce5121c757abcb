/**
 * Registers the contract's channels with ipcMain. All checking lives in ipcHandlers.ts; this file
 * only adapts Electron's event object to the plain sender record those checks take.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  createGuardedHandlers,
  createHandlerImpls,
  type HandlerDeps,
  type IpcSender,
} from './ipcHandlers';
import type { SecurityPolicy } from './securityPolicy';

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    contentsId: event.sender.id,
  };
}

export function registerIpcHandlers(policy: SecurityPolicy, deps: HandlerDeps): void {
  for (const [channel, handler] of Object.entries(
    createGuardedHandlers(createHandlerImpls(deps), policy),
  )) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handler(senderOf(event), args));
  }
}
