/**
 * Stand-ins for windows (`WindowLike`) that record what main does to them, for the Node tests
 * of DocumentWindows and the IPC handlers.
 */
import type { IpcEvent, IpcEvents, NativeEditAction } from '../ipc/contract';
import type { WindowLike } from '../main/documentWindows';

type Listener = (...args: never[]) => void;

export class FakeWindow implements WindowLike {
  sent: [IpcEvent, unknown][] = [];
  title = '';
  edited = false;
  focused = false;
  closed = false;
  edits: NativeEditAction[] = [];
  private listeners = new Map<string, Listener[]>();

  constructor(readonly ownerId: number) {}

  send<E extends IpcEvent>(event: E, payload: IpcEvents[E]): void {
    this.sent.push([event, payload]);
  }

  on = ((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }) as WindowLike['on'];

  private emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (...a: unknown[]) => void)(...args);
  }

  /** What the user's click on the close button does: 'close' (preventable), then 'closed'. */
  close(): void {
    if (this.closed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    this.emit('closed');
  }

  crash(): void {
    this.emit('rendererReset');
  }

  focus(): void {
    this.focused = true;
  }
  isFocused(): boolean {
    return this.focused;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setEdited(edited: boolean): void {
    this.edited = edited;
  }
  nativeEdit(action: NativeEditAction): void {
    this.edits.push(action);
  }
}

export function fakeWindowFactory(firstId = 1) {
  const created: FakeWindow[] = [];
  let next = firstId;
  return {
    created,
    create: (): FakeWindow => {
      const window = new FakeWindow(next++);
      created.push(window);
      return window;
    },
  };
}
