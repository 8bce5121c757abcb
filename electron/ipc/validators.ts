/**
 * Runtime checks of every channel's arguments, run in main before any handler. The mapped type
 * makes a channel without a validator a compile error. Messages name the channel and the
 * argument, and never echo large values back.
 */
import {
  MAX_PROJECT_FILE_BYTES,
  NATIVE_EDIT_ACTIONS,
  type DocumentState,
  type IpcArgs,
  type IpcChannel,
} from './contract';

export type ArgsCheck<C extends IpcChannel> =
  { ok: true; args: IpcArgs<C> } | { ok: false; message: string };

export type ArgsValidator<C extends IpcChannel> = (args: readonly unknown[]) => ArgsCheck<C>;

/** A field check: null when fine, else what was expected. */
type Check = (value: unknown) => string | null;

const TOKEN_PATTERN = /^f_[0-9a-f]{32}$/;
const RECENT_ID_PATTERN = /^r_[0-9a-f]{24}$/;
const MAX_NAME_LENGTH = 255;
const MAX_PATH_LENGTH = 4096;
const MAX_TITLE_LENGTH = 1000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const fileToken: Check = (v) =>
  typeof v === 'string' && TOKEN_PATTERN.test(v) ? null : `a file token, got ${describe(v)}`;

const recentId: Check = (v) =>
  typeof v === 'string' && RECENT_ID_PATTERN.test(v)
    ? null
    : `a recent-file id, got ${describe(v)}`;

/** Each UTF-16 unit is at least one UTF-8 byte; main checks the exact byte count when writing. */
const projectText: Check = (v) => {
  if (typeof v !== 'string') return `the file's text, got ${describe(v)}`;
  return v.length <= MAX_PROJECT_FILE_BYTES
    ? null
    : `at most ${MAX_PROJECT_FILE_BYTES} bytes of text`;
};

/** A bare file name for the save dialog: no folders, no control characters. */
const fileName: Check = (v) =>
  typeof v === 'string' &&
  v.length > 0 &&
  v.length <= MAX_NAME_LENGTH &&
  !/[\\/]/.test(v) &&
  ![...v].some((c) => c.charCodeAt(0) < 0x20) &&
  v !== '.' &&
  v !== '..'
    ? null
    : `a file name without folders, got ${describe(v)}`;

/** An absolute path, only from the preload's own lookup of a dropped file. */
const absolutePath: Check = (v) =>
  typeof v === 'string' &&
  v.length > 0 &&
  v.length <= MAX_PATH_LENGTH &&
  !v.includes('\0') &&
  (v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\\\'))
    ? null
    : `an absolute path of a dropped file, got ${describe(v)}`;

const documentState: Check = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return `a document state, got ${describe(v)}`;
  }
  const s = v as Partial<Record<keyof DocumentState, unknown>>;
  const keys = Object.keys(v);
  if (keys.some((k) => !['title', 'edited', 'token'].includes(k)))
    return 'only title, edited, token';
  if (typeof s.title !== 'string' || s.title.length > MAX_TITLE_LENGTH) return 'a title string';
  if (typeof s.edited !== 'boolean') return 'edited: true or false';
  if (s.token !== null && fileToken(s.token) !== null) return 'token: a file token or null';
  return null;
};

const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? null
      : `one of ${values.join(', ')}, got ${describe(v)}`;

function tuple<C extends IpcChannel>(channel: C, ...checks: Check[]): ArgsValidator<C> {
  return (args) => {
    if (args.length !== checks.length) {
      return {
        ok: false,
        message:
          checks.length === 0
            ? `${channel} takes no arguments, got ${args.length}`
            : `${channel} takes ${checks.length} argument(s), got ${args.length}`,
      };
    }
    for (let i = 0; i < checks.length; i++) {
      const problem = checks[i]!(args[i]);
      if (problem !== null) {
        return { ok: false, message: `${channel} argument ${i + 1}: expected ${problem}` };
      }
    }
    // Every element passed its check, so the tuple has the contract's shape.
    return { ok: true, args: [...args] as IpcArgs<C> };
  };
}

/** One validator per channel; the mapped type makes a missing validator a compile error. */
export const argValidators: { [C in IpcChannel]: ArgsValidator<C> } = {
  'app:getInfo': tuple('app:getInfo'),
  'file:open': tuple('file:open'),
  'file:openRecent': tuple('file:openRecent', recentId),
  'file:openDropped': tuple('file:openDropped', absolutePath),
  'file:save': tuple('file:save', fileToken, projectText),
  'file:saveAs': tuple('file:saveAs', fileName, projectText),
  'file:listRecent': tuple('file:listRecent'),
  'window:ready': tuple('window:ready'),
  'window:setDocument': tuple('window:setDocument', documentState),
  'window:resolveClose': tuple('window:resolveClose', oneOf(['close', 'cancel'])),
  'window:new': tuple('window:new'),
  'edit:native': tuple('edit:native', oneOf(NATIVE_EDIT_ACTIONS)),
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
