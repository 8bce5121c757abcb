import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type OpenResult, type SaveResult } from '../ipc/contract';
import { createMainFixture, type MainFixture } from '../testing/mainDeps';
import {
  createGuardedHandlers,
  createHandlerImpls,
  guardHandler,
  IpcRefusedError,
  type GuardedHandler,
  type IpcSender,
} from './ipcHandlers';
import { createSecurityPolicy } from './securityPolicy';

const policy = createSecurityPolicy(undefined);
const sender = (contentsId: number): IpcSender => ({
  frameUrl: 'app://spikeboard/index.html',
  isMainFrame: true,
  contentsId,
});

let f: MainFixture;
let handlers: Record<string, GuardedHandler>;
beforeEach(async () => {
  f = await createMainFixture();
  handlers = createGuardedHandlers(createHandlerImpls(f), policy);
});
afterEach(async () => {
  await f.cleanup();
});

describe('guarded handlers', () => {
  it('has a guarded handler for every channel the preload exposes', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers app:getInfo with name, version and platform', async () => {
    await expect(handlers['app:getInfo']!(sender(1), [])).resolves.toEqual({
      name: 'Spikeboard',
      version: '0.1.0',
      platform: 'linux',
    });
  });

  it('refuses senders that are not the app, on every channel', async () => {
    const foreign: IpcSender[] = [
      { frameUrl: 'https://example.com/', isMainFrame: true, contentsId: 1 },
      { frameUrl: 'file:///tmp/evil.html', isMainFrame: true, contentsId: 1 },
      { frameUrl: undefined, isMainFrame: true, contentsId: 1 },
      { frameUrl: 'app://spikeboard/index.html', isMainFrame: false, contentsId: 1 },
    ];
    for (const [channel, handler] of Object.entries(handlers)) {
      for (const s of foreign) {
        await expect(handler(s, [])).rejects.toThrow(
          `${channel}: refused, sender is not the app window`,
        );
      }
    }
  });

  it('refuses bad arguments before running the handler', async () => {
    const impl = vi.fn(() => ({ name: 'x', version: 'y', platform: 'z' }));
    const guarded = guardHandler('app:getInfo', impl, policy);
    await expect(guarded(sender(1), ['surprise'])).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(guarded(sender(1), ['surprise'])).rejects.toThrow('takes no arguments');
    expect(impl).not.toHaveBeenCalled();
    await guarded(sender(1), []);
    expect(impl).toHaveBeenCalledOnce();
  });

  it('refuses a path where a token belongs, and a path as a file name', async () => {
    await expect(handlers['file:save']!(sender(1), ['/etc/passwd', 'x'])).rejects.toThrow(
      'file:save argument 1: expected a file token, got a string of 11 characters',
    );
    await expect(handlers['file:saveAs']!(sender(1), ['../../etc/x', 'x'])).rejects.toThrow(
      'expected a file name without folders',
    );
  });
});

describe('the file channels end to end (real temporary folder, dialogs answered by the test)', () => {
  it('save as, then save, then open again, each window with its own tokens', async () => {
    const A = f.windows.openWindow().ownerId;
    const B = f.windows.openWindow().ownerId;
    const target = path.join(f.dir, 'lab.spikeboard');
    f.dialogAnswers.save.push(target);
    const first = (await handlers['file:saveAs']!(sender(A), ['lab', 'one'])) as SaveResult;
    expect(first).toMatchObject({ status: 'saved', name: 'lab.spikeboard' });
    const token = first.status === 'saved' ? first.token : '';
    await handlers['file:save']!(sender(A), [token, 'two']);
    expect(await readFile(target, 'utf8')).toBe('two');
    await expect(handlers['file:save']!(sender(B), [token, 'three'])).resolves.toMatchObject({
      status: 'failed',
    });
    f.dialogAnswers.open.push(target);
    const reopened = (await handlers['file:open']!(sender(B), [])) as OpenResult;
    expect(reopened.status === 'opened' && new TextDecoder().decode(reopened.file.bytes)).toBe(
      'two',
    );
    const recent = (await handlers['file:listRecent']!(sender(A), [])) as { name: string }[];
    expect(recent.map((r) => r.name)).toEqual(['lab.spikeboard']);
  });

  it('window channels act on the calling window', async () => {
    const window = f.windows.openWindow();
    await handlers['window:setDocument']!(sender(window.ownerId), [
      { title: 'lab.spikeboard •', edited: true, token: null },
    ]);
    expect(f.factory.created[0]).toMatchObject({ title: 'lab.spikeboard •', edited: true });
    await handlers['edit:native']!(sender(window.ownerId), ['copy']);
    expect(f.factory.created[0]?.edits).toEqual(['copy']);
    await handlers['window:new']!(sender(window.ownerId), []);
    expect(f.factory.created).toHaveLength(2);
    await expect(handlers['window:ready']!(sender(window.ownerId), [])).resolves.toEqual([]);
  });
});
