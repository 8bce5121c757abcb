import { describe, expect, it, vi } from 'vitest';

// The preload runs at import time; fake the Electron APIs it uses and record what it does.
const exposeInMainWorld = vi.fn();
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
const on = vi.fn((channel: string, handler: (event: unknown, payload: unknown) => void) => {
  listeners.set(channel, [...(listeners.get(channel) ?? []), handler]);
});
const removeListener = vi.fn((channel: string, handler: unknown) => {
  listeners.set(
    channel,
    (listeners.get(channel) ?? []).filter((h) => h !== handler),
  );
});
const getPathForFile = vi.fn(() => '/home/student/dropped.spikeboard');
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke, on, removeListener },
  webUtils: { getPathForFile },
}));

await import('./preload');
const { IPC_CHANNELS, IPC_EVENTS } = await import('../ipc/contract');
// Copied now: Vitest may clear mock call records between tests.
const exposed = exposeInMainWorld.mock.calls.map((call) => [...call]);
type Api = Record<string, (...args: unknown[]) => unknown>;
const api = exposed[0]?.[1] as Api;
const TOKEN = `f_${'0'.repeat(32)}`;

describe('preload', () => {
  it('exposes exactly one object, window.spikeboard', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('spikeboard');
  });

  it('puts exactly one function per channel and per event on it, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENTS)].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards exactly the arguments of each channel, dropping extras', async () => {
    const calls: [string, unknown[], unknown[]][] = [
      ['getAppInfo', ['ignored'], ['app:getInfo']],
      ['openFile', [1], ['file:open']],
      ['saveFile', [TOKEN, '{}', 'extra'], ['file:save', TOKEN, '{}']],
      ['saveFileAs', ['a', '{}', 'extra'], ['file:saveAs', 'a', '{}']],
      [
        'setDocumentState',
        [{ title: 't', edited: false, token: null }],
        ['window:setDocument', { title: 't', edited: false, token: null }],
      ],
      ['resolveClose', ['cancel'], ['window:resolveClose', 'cancel']],
      ['nativeEdit', ['copy', 'x'], ['edit:native', 'copy']],
    ];
    for (const [method, args, expected] of calls) {
      invoke.mockClear();
      await expect(api[method]!(...args)).resolves.toBe('answer');
      expect(invoke).toHaveBeenCalledWith(...expected);
    }
  });

  it('a dropped File becomes a path inside the preload only', async () => {
    invoke.mockClear();
    const file = { name: 'dropped.spikeboard' };
    await api.openDroppedFile!(file);
    expect(getPathForFile).toHaveBeenCalledWith(file);
    expect(invoke).toHaveBeenCalledWith('file:openDropped', '/home/student/dropped.spikeboard');
  });

  it('subscriptions pass only the payload, and unsubscribe', () => {
    const seen: unknown[] = [];
    const off = api.onMenuCommand!((payload: unknown) => seen.push(payload)) as () => void;
    const [handler] = listeners.get('menu:command') ?? [];
    handler?.({ sender: 'the IpcRendererEvent, never exposed' }, 'edit.undo');
    expect(seen).toEqual(['edit.undo']);
    off();
    expect(listeners.get('menu:command')).toEqual([]);
  });
});
