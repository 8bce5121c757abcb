import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../ipc/contract';
import { createMainFixture, type MainFixture } from '../testing/mainDeps';

// Electron's npm package resolves (and would try to download) the binary when imported, so the
// one API ipc.ts touches is replaced by a fake.
const handle = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle } }));

const { registerIpcHandlers } = await import('./ipc');
const { createSecurityPolicy } = await import('./securityPolicy');

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeEvent(url: string, isMainFrame = true) {
  const mainFrame = { url };
  return { senderFrame: isMainFrame ? mainFrame : { url }, sender: { mainFrame, id: 7 } };
}

let f: MainFixture;
beforeEach(async () => {
  handle.mockReset();
  f = await createMainFixture();
});
afterEach(async () => {
  await f.cleanup();
});

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    registerIpcHandlers(createSecurityPolicy(undefined), f);
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.values(IPC_CHANNELS).sort(),
    );
  });

  it("adapts Electron's event: app main frame allowed, subframe and foreign refused", async () => {
    registerIpcHandlers(createSecurityPolicy(undefined), f);
    const listener = handle.mock.calls.find(([c]) => c === 'app:getInfo')?.[1] as InvokeListener;
    await expect(listener(fakeEvent('app://spikeboard/index.html'))).resolves.toMatchObject({
      name: 'Spikeboard',
    });
    await expect(listener(fakeEvent('app://spikeboard/index.html', false))).rejects.toThrow(
      /refused/,
    );
    await expect(listener(fakeEvent('https://example.com/'))).rejects.toThrow(/refused/);
    await expect(listener({ senderFrame: null, sender: { mainFrame: {}, id: 7 } })).rejects.toThrow(
      /refused/,
    );
  });

  it("passes the sender's webContents id as the window a call acts on", async () => {
    registerIpcHandlers(createSecurityPolicy(undefined), f);
    const window = f.windows.openWindow();
    const listener = handle.mock.calls.find(([c]) => c === 'edit:native')?.[1] as InvokeListener;
    const event = fakeEvent('app://spikeboard/index.html');
    event.sender.id = window.ownerId;
    await listener(event, 'selectAll');
    expect(f.factory.created[0]?.edits).toEqual(['selectAll']);
  });
});
