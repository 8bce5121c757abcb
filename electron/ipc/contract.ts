/**
 * The IPC contract between the renderer (through the preload) and Electron main.
 *
 * This is the one place that names channels and their argument and result shapes. It imports
 * nothing (no Node, no Electron, no DOM), so main, preload and the renderer's type checks can all
 * read it. Every channel has a runtime argument validator (validators.ts) because the renderer
 * is untrusted: types vanish at the process boundary, so main checks shapes again before acting.
 *
 * Files cross the boundary as bytes with an opaque token (`FileToken`), never as paths the
 * renderer could write to: main keeps the paths, and a token works only in its own window.
 */
/** What `app:getInfo` answers: enough for an About box and for tests to see the shell is live. */
export type AppInfo = {
  name: string;
  version: string;
  /** Node's `process.platform` in main, e.g. 'linux', 'darwin', 'win32'. */
  platform: string;
};

/** An opaque handle for a file this window opened or saved (`f_` + 32 hex digits). */
export type FileToken = string;

/** A file main read for the renderer: its bytes (the renderer decodes and validates them). */
export type OpenedFile = { token: FileToken; name: string; bytes: Uint8Array };

export type OpenResult =
  | { status: 'opened'; file: OpenedFile }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type SaveResult =
  | { status: 'saved'; token: FileToken; name: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A recently opened file as the renderer sees it: a name, its folder's name, an opaque id. */
export type RecentFile = { id: string; name: string; folder: string };

/** What the window shows about its document; main sets the title and the "edited" dot. */
export type DocumentState = { title: string; edited: boolean; token: FileToken | null };

/** How a window answers main's "the user wants to close you" (after asking about changes). */
export type CloseDecision = 'close' | 'cancel';

/** Editing actions main performs natively, for text fields (the canvas handles its own). */
export const NATIVE_EDIT_ACTIONS = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'delete',
  'selectAll',
] as const;
export type NativeEditAction = (typeof NATIVE_EDIT_ACTIONS)[number];

/** Commands the native menu sends to the focused window's renderer (`menu:command`). */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.examples',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.toggleTheme',
  'view.togglePresenter',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The largest project file main reads or writes (64 MiB: a 10-million-value list fits). */
export const MAX_PROJECT_FILE_BYTES = 64 * 1024 * 1024;

/** Channel name → argument tuple and result. Add a channel here first, then everywhere else. */
export type IpcContract = {
  'app:getInfo': { args: []; result: AppInfo };
  /** Shows the native open dialog; reads the chosen file. */
  'file:open': { args: []; result: OpenResult };
  /** Opens an entry of the recent-files list by its id. */
  'file:openRecent': { args: [id: string]; result: OpenResult };
  /** Opens a file dropped on the window. The preload turns the File into its path. */
  'file:openDropped': { args: [path: string]; result: OpenResult };
  /** Writes `text` over the file behind `token` (atomically). */
  'file:save': { args: [token: FileToken, text: string]; result: SaveResult };
  /** Shows the native save dialog, then writes `text` there. */
  'file:saveAs': { args: [suggestedName: string, text: string]; result: SaveResult };
  'file:listRecent': { args: []; result: RecentFile[] };
  /** The renderer is listening: returns the files main was asked to open in this window. */
  'window:ready': { args: []; result: OpenedFile[] };
  'window:setDocument': { args: [state: DocumentState]; result: void };
  /** Answers a `window:closeRequested` event. */
  'window:resolveClose': { args: [decision: CloseDecision]; result: void };
  /** Opens another window with a new document (one window per document). */
  'window:new': { args: []; result: void };
  'edit:native': { args: [action: NativeEditAction]; result: void };
};

export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** Main → renderer events: channel → payload. */
export type IpcEvents = {
  'menu:command': MenuCommand;
  /** A file main opened for this window (command line, second launch, OS, recent menu). */
  'file:opened': OpenedFile;
  /** The user closes the window while it reports unsaved changes: ask, then resolveClose. */
  'window:closeRequested': null;
};
export type IpcEvent = keyof IpcEvents;

/** Friendly method name → channel. The preload exposes exactly these methods, nothing else. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:getInfo',
  openFile: 'file:open',
  openRecentFile: 'file:openRecent',
  openDroppedFile: 'file:openDropped',
  saveFile: 'file:save',
  saveFileAs: 'file:saveAs',
  listRecentFiles: 'file:listRecent',
  windowReady: 'window:ready',
  setDocumentState: 'window:setDocument',
  resolveClose: 'window:resolveClose',
  newWindow: 'window:new',
  nativeEdit: 'edit:native',
} as const satisfies Record<string, IpcChannel>;

/** Subscription method name → event. Each returns a function that unsubscribes. */
export const IPC_EVENTS = {
  onMenuCommand: 'menu:command',
  onFileOpened: 'file:opened',
  onCloseRequested: 'window:closeRequested',
} as const satisfies Record<string, IpcEvent>;

export type IpcMethod = keyof typeof IPC_CHANNELS;
export type IpcEventMethod = keyof typeof IPC_EVENTS;

type InvokeMethods = {
  [M in IpcMethod]: (
    ...args: IpcArgs<(typeof IPC_CHANNELS)[M]>
  ) => Promise<IpcResult<(typeof IPC_CHANNELS)[M]>>;
};

type EventMethods = {
  [M in IpcEventMethod]: (
    listener: (payload: IpcEvents[(typeof IPC_EVENTS)[M]]) => void,
  ) => () => void;
};

/**
 * The object the preload puts on `window.spikeboard`. Every call returns a promise. One method
 * differs from its channel: `openDroppedFile` takes the dropped `File` itself, and the preload
 * (never the page) asks Electron for its path.
 */
export type SpikeboardApi = Omit<InvokeMethods, 'openDroppedFile'> &
  EventMethods & { openDroppedFile: (file: File) => Promise<OpenResult> };

/** The global name under which the preload exposes the API (`window.spikeboard`). */
export const API_GLOBAL_NAME = 'spikeboard';

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
