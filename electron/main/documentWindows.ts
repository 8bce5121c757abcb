/**
 * One window per document: which windows exist, what each reports about its document, where a
 * file the OS hands us goes, and the close protocol that never loses unsaved work. Electron is
 * reached only through `WindowLike`, so the rules are tested in Node with stand-ins.
 *
 * Closing: a window whose renderer reported unsaved changes is not closed by the first click.
 * Main asks the renderer (`window:closeRequested`), the renderer asks the user (Save / Don't
 * save / Cancel, saving first when asked), then answers `window:resolveClose`.
 */
import path from 'node:path';
import type {
  CloseDecision,
  DocumentState,
  IpcEvent,
  IpcEvents,
  NativeEditAction,
  OpenResult,
  OpenedFile,
} from '../ipc/contract';
import type { FileTokens } from './fileTokens';

export type WindowLike = {
  /** The webContents id: the owner of this window's file tokens and the IPC sender id. */
  readonly ownerId: number;
  send<E extends IpcEvent>(event: E, payload: IpcEvents[E]): void;
  /** 'close' may be prevented; 'closed' is final; 'rendererReset' = crash or reload. */
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
  on(event: 'closed' | 'rendererReset', listener: () => void): void;
  close(): void;
  focus(): void;
  isFocused(): boolean;
  setTitle(title: string): void;
  setEdited(edited: boolean): void;
  nativeEdit(action: NativeEditAction): void;
};

type WindowState = {
  window: WindowLike;
  ready: boolean;
  pending: OpenedFile[];
  document: DocumentState;
  closePending: boolean;
  closeApproved: boolean;
};

export type DocumentWindowsDeps = {
  createWindow: () => WindowLike;
  tokens: FileTokens;
  openPath: (owner: number, filePath: string) => Promise<OpenResult>;
  showError: (owner: number | null, message: string) => void;
  /** Called when the last approved close of a quit completes, to continue quitting. */
  continueQuit: () => void;
  appName: string;
};

const UNTITLED: DocumentState = { title: '', edited: false, token: null };

export class DocumentWindows {
  private readonly states = new Map<number, WindowState>();
  private quitting = false;

  constructor(private readonly deps: DocumentWindowsDeps) {}

  count(): number {
    return this.states.size;
  }

  openWindow(): WindowLike {
    const window = this.deps.createWindow();
    const owner = window.ownerId;
    const state: WindowState = {
      window,
      ready: false,
      pending: [],
      document: UNTITLED,
      closePending: false,
      closeApproved: false,
    };
    this.states.set(owner, state);
    window.on('close', (event) => this.onClose(state, event));
    window.on('closed', () => {
      this.states.delete(owner);
      this.deps.tokens.forget(owner);
      if (this.quitting) this.deps.continueQuit();
    });
    window.on('rendererReset', () => {
      // A crashed or reloaded page lost its document (its draft survives in storage): let the
      // window close, and make it ask for its files again.
      state.ready = false;
      state.document = UNTITLED;
      state.closePending = false;
      this.deps.tokens.forget(owner);
    });
    return window;
  }

  /** The renderer of `owner` listens now: hand over what was queued for it. */
  ready(owner: number): OpenedFile[] {
    const state = this.states.get(owner);
    if (state === undefined) return [];
    state.ready = true;
    const pending = state.pending;
    state.pending = [];
    return pending;
  }

  setDocument(owner: number, document: DocumentState): void {
    const state = this.states.get(owner);
    if (state === undefined) return;
    state.document = document;
    const title = document.title === '' ? this.deps.appName : document.title;
    state.window.setTitle(title);
    state.window.setEdited(document.edited);
  }

  resolveClose(owner: number, decision: CloseDecision): void {
    const state = this.states.get(owner);
    if (state === undefined) return;
    state.closePending = false;
    if (decision === 'cancel') {
      this.quitting = false;
      return;
    }
    state.closeApproved = true;
    state.window.close();
  }

  nativeEdit(owner: number, action: NativeEditAction): void {
    this.states.get(owner)?.window.nativeEdit(action);
  }

  /** The app is quitting (Cmd+Q, the Quit item): windows close one by one, each may ask. */
  beginQuit(): void {
    this.quitting = true;
  }

  private onClose(state: WindowState, event: { preventDefault(): void }): void {
    if (state.closeApproved || !state.document.edited) return;
    event.preventDefault();
    if (!state.closePending) {
      state.closePending = true;
      state.window.send('window:closeRequested', null);
    }
  }

  /** The focused window, else any. */
  focused(): WindowLike | undefined {
    const all = [...this.states.values()].map((s) => s.window);
    return all.find((w) => w.isFocused()) ?? all[0];
  }

  /**
   * Files from the command line, a second launch or the OS: the first goes into the focused
   * window if it holds an untouched new document, every other into a window of its own.
   */
  async openFromOs(filePaths: readonly string[]): Promise<void> {
    for (const filePath of filePaths) {
      const target = this.pristineFocused() ?? this.openWindow();
      await this.deliver(target.ownerId, filePath);
    }
  }

  /** A file chosen from the native Open Recent menu, for the focused window to open. */
  async openInFocused(filePath: string): Promise<void> {
    const target = this.focused() ?? this.openWindow();
    await this.deliver(target.ownerId, filePath);
  }

  private pristineFocused(): WindowLike | undefined {
    const focused = this.focused();
    if (focused === undefined) return undefined;
    const state = this.states.get(focused.ownerId);
    const pristine = state !== undefined && !state.document.edited && state.document.token === null;
    return pristine ? focused : undefined;
  }

  private async deliver(owner: number, filePath: string): Promise<void> {
    const result = await this.deps.openPath(owner, filePath);
    const state = this.states.get(owner);
    if (state === undefined) return;
    if (result.status !== 'opened') {
      const message =
        result.status === 'failed'
          ? result.message
          : `Could not open "${path.basename(filePath)}".`;
      this.deps.showError(owner, message);
      return;
    }
    // The window now holds (or is about to hold) that file: it is no longer untouched.
    state.document = { ...state.document, token: result.file.token };
    if (state.ready) state.window.send('file:opened', result.file);
    else state.pending.push(result.file);
    state.window.focus();
  }
}
