/**
 * The IPC handlers as plain functions of (sender, args). Registration with ipcMain lives in
 * ipc.ts; keeping the checks here lets Vitest prove that a foreign sender or a bad argument is
 * refused before any handler body runs.
 */
import type { AppInfo, IpcArgs, IpcChannel, IpcResult } from '../ipc/contract';
import { validateIpcArgs } from '../ipc/validators';
import type { DocumentWindows } from './documentWindows';
import type { FileService } from './fileService';
import type { RecentFiles } from './recentFiles';
import { isAppUrl, type SecurityPolicy } from './securityPolicy';

/** The part of an IpcMainInvokeEvent the checks need. */
export type IpcSender = {
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Only the top-level app document may call main; iframes (none expected) may not. */
  isMainFrame: boolean;
  /** The sending webContents' id: the window a call acts on, and the owner of its file tokens. */
  contentsId: number;
};

/** What a handler knows about its caller once the sender check passed. */
export type CallContext = { owner: number };

export type HandlerImpls = {
  [C in IpcChannel]: (
    context: CallContext,
    ...args: IpcArgs<C>
  ) => IpcResult<C> | Promise<IpcResult<C>>;
};

export type GuardedHandler = (sender: IpcSender, args: readonly unknown[]) => Promise<unknown>;

/** Error thrown back to the renderer; its message crosses the boundary, its stack does not. */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

export function guardHandler<C extends IpcChannel>(
  channel: C,
  impl: HandlerImpls[C],
  policy: SecurityPolicy,
): GuardedHandler {
  return async (sender, args) => {
    if (!sender.isMainFrame || !isAppUrl(sender.frameUrl, policy)) {
      throw new IpcRefusedError(`${channel}: refused, sender is not the app window`);
    }
    const checked = validateIpcArgs(channel, args);
    if (!checked.ok) throw new IpcRefusedError(checked.message);
    // The validator returned the exact tuple type for C; spreading it satisfies impl's signature.
    const call = impl as (
      context: CallContext,
      ...a: IpcArgs<C>
    ) => IpcResult<C> | Promise<IpcResult<C>>;
    return await call({ owner: sender.contentsId }, ...checked.args);
  };
}

/** What main needs from Electron's `app` and `process` to answer `app:getInfo`. */
export type AppInfoSource = { getName(): string; getVersion(): string; platform: string };

export type HandlerDeps = {
  appInfo: AppInfoSource;
  files: FileService;
  recent: RecentFiles;
  windows: DocumentWindows;
};

export function createHandlerImpls(deps: HandlerDeps): HandlerImpls {
  const { appInfo, files, recent, windows } = deps;
  return {
    'app:getInfo': (): AppInfo => ({
      name: appInfo.getName(),
      version: appInfo.getVersion(),
      platform: appInfo.platform,
    }),
    'file:open': ({ owner }) => files.open(owner),
    'file:openRecent': ({ owner }, id) => files.openRecent(owner, id),
    'file:openDropped': ({ owner }, filePath) => files.openDropped(owner, filePath),
    'file:save': ({ owner }, token, text) => files.save(owner, token, text),
    'file:saveAs': ({ owner }, name, text) => files.saveAs(owner, name, text),
    'file:listRecent': () => recent.list(),
    'window:ready': ({ owner }) => windows.ready(owner),
    'window:setDocument': ({ owner }, state) => windows.setDocument(owner, state),
    'window:resolveClose': ({ owner }, decision) => windows.resolveClose(owner, decision),
    'window:new': () => {
      windows.openWindow();
    },
    'edit:native': ({ owner }, action) => windows.nativeEdit(owner, action),
  };
}

/** Every channel of the contract, each wrapped in the sender and argument checks. */
export function createGuardedHandlers(
  impls: HandlerImpls,
  policy: SecurityPolicy,
): Record<IpcChannel, GuardedHandler> {
  const channels = Object.keys(impls) as IpcChannel[];
  return Object.fromEntries(
    channels.map((channel) => [channel, guardHandler(channel, impls[channel], policy)]),
  ) as Record<IpcChannel, GuardedHandler>;
}
