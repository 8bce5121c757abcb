import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's npm package resolves (and would try to download) the binary when imported, so the
// few APIs ipc.ts touches are replaced by fakes.
const handle = vi.fn();
vi.mock('electron', () => ({
  app: { getName: () => 'Spikeboard', getVersion: () => '0.1.0' },
  ipcMain: { handle },
}));

const { registerIpcHandlers } = await import('./ipc');
const { createSecurityPolicy } = await import('./securityPolicy');

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeEvent(url: string, isMainFrame = true) {
  const mainFrame = { url };
  return { senderFrame: isMainFrame ? mainFrame : { url }, sender: { mainFrame } };
}

describe('registerIpcHandlers', () => {
  beforeEach(() => handle.mockReset());

  it('registers exactly the contract channels', () => {
    registerIpcHandlers(createSecurityPolicy(undefined));
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual(['app:getInfo']);
  });

  it("adapts Electron's event: app main frame allowed, subframe and foreign refused", async () => {
    registerIpcHandlers(createSecurityPolicy(undefined));
    const listener = handle.mock.calls[0]?.[1] as InvokeListener;
    await expect(listener(fakeEvent('app://spikeboard/index.html'))).resolves.toMatchObject({
      name: 'Spikeboard',
      version: '0.1.0',
      platform: process.platform,
    });
    await expect(listener(fakeEvent('app://spikeboard/index.html', false))).rejects.toThrow(
      /refused/,
    );
    await expect(listener(fakeEvent('https://example.com/'))).rejects.toThrow(/refused/);
    await expect(listener({ senderFrame: null, sender: { mainFrame: {} } })).rejects.toThrow(
      /refused/,
    );
  });
});
