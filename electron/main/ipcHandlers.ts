/**
 * The IPC handlers as plain functions of (sender, args). Registration with ipcMain lives in
 * ipc.ts; keeping the checks here lets Vitest prove that a foreign sender or a bad argument is
 * refused before any handler body runs.
 */
import {
  validateIpcArgs,
  type AppInfo,
  type IpcArgs,
  type IpcChannel,
  type IpcResult,
} from '../ipc/contract';
import { isAppUrl, type SecurityPolicy } from './securityPolicy';

/** The part of an IpcMainInvokeEvent the checks need. */
export type IpcSender = {
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Only the top-level app document may call main; iframes (none expected) may not. */
  isMainFrame: boolean;
};

export type HandlerImpls = {
  [C in IpcChannel]: (...args: IpcArgs<C>) => IpcResult<C> | Promise<IpcResult<C>>;
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
    if (!checked.ok) throw new IpcRefusedError(`${channel}: ${checked.message}`);
    // The validator returned the exact tuple type for C; spreading it satisfies impl's signature.
    const call = impl as (...a: IpcArgs<C>) => IpcResult<C> | Promise<IpcResult<C>>;
    return await call(...checked.args);
  };
}

/** What main needs from Electron's `app` and `process` to answer `app:getInfo`. */
export type AppInfoSource = { getName(): string; getVersion(): string; platform: string };

export function createHandlerImpls(source: AppInfoSource): HandlerImpls {
  return {
    'app:getInfo': (): AppInfo => ({
      name: source.getName(),
      version: source.getVersion(),
      platform: source.platform,
    }),
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
