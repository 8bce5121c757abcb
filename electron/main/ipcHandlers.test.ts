import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../ipc/contract';
import {
  createGuardedHandlers,
  createHandlerImpls,
  guardHandler,
  IpcRefusedError,
  type IpcSender,
} from './ipcHandlers';
import { createSecurityPolicy } from './securityPolicy';

const policy = createSecurityPolicy(undefined);
const appSender: IpcSender = { frameUrl: 'app://spikeboard/index.html', isMainFrame: true };
const source = { getName: () => 'Spikeboard', getVersion: () => '0.1.0', platform: 'linux' };

describe('app:getInfo handler', () => {
  const handlers = createGuardedHandlers(createHandlerImpls(source), policy);

  it('has a guarded handler for every channel the preload exposes', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers the app window with name, version and platform', async () => {
    await expect(handlers['app:getInfo'](appSender, [])).resolves.toEqual({
      name: 'Spikeboard',
      version: '0.1.0',
      platform: 'linux',
    });
  });

  it('refuses senders that are not the app', async () => {
    const foreign: IpcSender[] = [
      { frameUrl: 'https://example.com/', isMainFrame: true },
      { frameUrl: 'file:///tmp/evil.html', isMainFrame: true },
      { frameUrl: undefined, isMainFrame: true },
      { frameUrl: 'app://spikeboard/index.html', isMainFrame: false },
    ];
    for (const sender of foreign) {
      await expect(handlers['app:getInfo'](sender, [])).rejects.toThrow(
        'app:getInfo: refused, sender is not the app window',
      );
    }
  });

  it('refuses bad arguments before running the handler', async () => {
    const impl = vi.fn(() => ({ name: 'x', version: 'y', platform: 'z' }));
    const guarded = guardHandler('app:getInfo', impl, policy);
    await expect(guarded(appSender, ['surprise'])).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(guarded(appSender, ['surprise'])).rejects.toThrow('takes no arguments');
    expect(impl).not.toHaveBeenCalled();
    await guarded(appSender, []);
    expect(impl).toHaveBeenCalledOnce();
  });
});
