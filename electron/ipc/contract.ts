/**
 * The IPC contract between the renderer (through the preload) and Electron main.
 *
 * This is the one place that names channels and their argument and result shapes. It imports
 * nothing (no Node, no Electron, no DOM), so main, preload and the renderer's type checks can all
 * read it. Every channel has a runtime argument validator because the renderer is untrusted:
 * types vanish at the process boundary, so main checks shapes again before acting.
 */

/** What `app:getInfo` answers: enough for an About box and for tests to see the shell is live. */
export type AppInfo = {
  name: string;
  version: string;
  /** Node's `process.platform` in main, e.g. 'linux', 'darwin', 'win32'. */
  platform: string;
};

/** Channel name → argument tuple and result. Add a channel here first, then everywhere else. */
export type IpcContract = {
  'app:getInfo': { args: []; result: AppInfo };
};

export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** Friendly method name → channel. The preload exposes exactly these methods, nothing else. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:getInfo',
} as const satisfies Record<string, IpcChannel>;

export type IpcMethod = keyof typeof IPC_CHANNELS;

/** The object the preload puts on `window.spikeboard`. Every call returns a promise. */
export type SpikeboardApi = {
  [M in IpcMethod]: (
    ...args: IpcArgs<(typeof IPC_CHANNELS)[M]>
  ) => Promise<IpcResult<(typeof IPC_CHANNELS)[M]>>;
};

/** The global name under which the preload exposes the API (`window.spikeboard`). */
export const API_GLOBAL_NAME = 'spikeboard';

export type ArgsCheck<C extends IpcChannel> =
  { ok: true; args: IpcArgs<C> } | { ok: false; message: string };

type ArgsValidator<C extends IpcChannel> = (args: readonly unknown[]) => ArgsCheck<C>;

/** Channels whose argument tuple is empty. */
type NoArgChannel = { [C in IpcChannel]: IpcArgs<C> extends [] ? C : never }[IpcChannel];

function expectNoArgs<C extends NoArgChannel>(channel: C): ArgsValidator<C> {
  return (args) =>
    args.length === 0
      ? // The constraint on C guarantees the empty tuple; TS cannot see that through generics.
        { ok: true, args: [] as IpcArgs<C> }
      : { ok: false, message: `${channel} takes no arguments, got ${args.length}` };
}

/** One validator per channel; the mapped type makes a missing validator a compile error. */
const argValidators: { [C in IpcChannel]: ArgsValidator<C> } = {
  'app:getInfo': expectNoArgs('app:getInfo'),
};

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(argValidators, value);
}

/** Checks the arguments main received for `channel`; never throws. */
export function validateIpcArgs<C extends IpcChannel>(
  channel: C,
  args: readonly unknown[],
): ArgsCheck<C> {
  if (!isIpcChannel(channel)) {
    return { ok: false, message: `unknown IPC channel ${JSON.stringify(channel)}` };
  }
  const validate = argValidators[channel] as ArgsValidator<C>;
  return validate(args);
}

/** Runtime check of an `AppInfo` value, for callers that receive it across a boundary. */
export function isAppInfo(value: unknown): value is AppInfo {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.name === 'string' &&
    typeof record.version === 'string' &&
    typeof record.platform === 'string'
  );
}
