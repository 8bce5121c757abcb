import { describe, expect, it, vi } from 'vitest';

// The preload runs at import time; fake the two Electron APIs it uses and record what it does.
const exposeInMainWorld = vi.fn();
const invoke = vi.fn(async () => ({ name: 'Spikeboard', version: '0.1.0', platform: 'linux' }));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } }));

await import('./preload');
const { IPC_CHANNELS } = await import('../ipc/contract');
// Copied now: Vitest may clear mock call records between tests.
const exposed = exposeInMainWorld.mock.calls.map((call) => [...call]);

describe('preload', () => {
  it('exposes exactly one object, window.spikeboard', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('spikeboard');
  });

  it('puts exactly one function per channel on it, and nothing else', () => {
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('getAppInfo invokes app:getInfo with no arguments and returns its answer', async () => {
    const api = exposed[0]?.[1] as { getAppInfo: (...args: unknown[]) => Promise<unknown> };
    // Extra arguments from a careless caller are dropped, never forwarded to main.
    await expect(api.getAppInfo('ignored')).resolves.toEqual({
      name: 'Spikeboard',
      version: '0.1.0',
      platform: 'linux',
    });
    expect(invoke).toHaveBeenCalledWith('app:getInfo');
  });
});
