import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedFile } from '../ipc/contract';
import type { FakeWindow } from '../testing/fakeWindows';
import { createMainFixture, type MainFixture } from '../testing/mainDeps';

let f: MainFixture;
beforeEach(async () => {
  f = await createMainFixture();
});
afterEach(async () => {
  await f.cleanup();
});

const open = () => f.windows.openWindow() as FakeWindow;
const edited = (w: FakeWindow, token: string | null = null) =>
  f.windows.setDocument(w.ownerId, { title: 'lab.spikeboard •', edited: true, token });

describe('closing a window', () => {
  it('closes at once when nothing is unsaved', () => {
    const w = open();
    w.close();
    expect(w.closed).toBe(true);
    expect(w.sent).toEqual([]);
    expect(f.windows.count()).toBe(0);
  });

  it('with unsaved changes: asks the renderer once, and closes only when it says so', () => {
    const w = open();
    edited(w);
    w.close();
    w.close(); // an impatient second click does not ask twice
    expect(w.closed).toBe(false);
    expect(w.sent).toEqual([['window:closeRequested', null]]);
    f.windows.resolveClose(w.ownerId, 'cancel');
    expect(w.closed).toBe(false);
    w.close();
    expect(w.sent).toHaveLength(2);
    f.windows.resolveClose(w.ownerId, 'close');
    expect(w.closed).toBe(true);
  });

  it('a crashed or reloaded page can be closed, and its tokens are gone', async () => {
    const w = open();
    const file = path.join(f.dir, 'a.spikeboard');
    await writeFile(file, '{}');
    const result = await f.files.openPath(w.ownerId, file);
    const token = result.status === 'opened' ? result.file.token : '';
    edited(w, token);
    w.crash();
    expect(f.tokens.resolve(w.ownerId, token)).toBeUndefined();
    w.close();
    expect(w.closed).toBe(true);
  });

  it('quitting: each approved close continues the quit; a cancel stops it', () => {
    const a = open();
    const b = open();
    edited(a);
    f.windows.beginQuit();
    b.close();
    expect(f.quitContinued).toBe(1);
    a.close();
    f.windows.resolveClose(a.ownerId, 'cancel');
    expect(a.closed).toBe(false);
    a.close();
    f.windows.resolveClose(a.ownerId, 'close');
    // After the cancel the app is no longer quitting: closing the last window ends nothing more.
    expect(f.quitContinued).toBe(1);
  });

  it('forgets the window and its tokens once closed', async () => {
    const w = open();
    const file = path.join(f.dir, 'b.spikeboard');
    await writeFile(file, '{}');
    const result = await f.files.openPath(w.ownerId, file);
    w.close();
    expect(
      result.status === 'opened' && f.tokens.resolve(w.ownerId, result.file.token),
    ).toBeUndefined();
  });
});

describe('title and edited marker', () => {
  it('sets what the renderer reports, the app name for an empty title', () => {
    const w = open();
    edited(w);
    expect([w.title, w.edited]).toEqual(['lab.spikeboard •', true]);
    f.windows.setDocument(w.ownerId, { title: '', edited: false, token: null });
    expect([w.title, w.edited]).toEqual(['Spikeboard', false]);
  });
});

describe('files from the OS (command line, second launch, Finder)', () => {
  let files: string[];
  beforeEach(async () => {
    files = [];
    for (const name of ['one.spikeboard', 'two.spikeboard']) {
      const file = path.join(f.dir, name);
      await writeFile(file, `{"name": "${name}"}`);
      files.push(file);
    }
  });

  const namesSent = (w: FakeWindow) =>
    w.sent.filter(([e]) => e === 'file:opened').map(([, p]) => (p as OpenedFile).name);

  it('a window not yet listening gets its file when it says it is ready', async () => {
    await f.windows.openFromOs([files[0]!]);
    const [w] = f.factory.created;
    expect(w!.sent).toEqual([]);
    const pending = f.windows.ready(w!.ownerId);
    expect(pending.map((p) => p.name)).toEqual(['one.spikeboard']);
    expect(f.windows.ready(w!.ownerId)).toEqual([]);
  });

  it('the first file goes into an untouched focused window, others into new windows', async () => {
    const w = open();
    w.focused = true;
    f.windows.ready(w.ownerId);
    await f.windows.openFromOs(files);
    expect(namesSent(w)).toEqual(['one.spikeboard']);
    expect(f.factory.created).toHaveLength(2);
    expect(f.windows.ready(f.factory.created[1]!.ownerId).map((p) => p.name)).toEqual([
      'two.spikeboard',
    ]);
  });

  it('never replaces a document with unsaved changes or one from a file', async () => {
    const w = open();
    w.focused = true;
    f.windows.ready(w.ownerId);
    edited(w);
    await f.windows.openFromOs([files[0]!]);
    expect(namesSent(w)).toEqual([]);
    expect(f.factory.created).toHaveLength(2);
  });

  it('a file that cannot be read is reported, naming it', async () => {
    await f.windows.openFromOs([path.join(f.dir, 'missing.spikeboard')]);
    expect(f.errors).toEqual([
      'Could not open "missing.spikeboard": it does not exist (moved, renamed or deleted?).',
    ]);
  });

  it('open recent from the menu goes to the focused window, which decides about its changes', async () => {
    const w = open();
    w.focused = true;
    f.windows.ready(w.ownerId);
    edited(w);
    await f.windows.openInFocused(files[1]!);
    expect(namesSent(w)).toEqual(['two.spikeboard']);
  });
});

describe('native editing for text fields', () => {
  it('runs the action in the window that asked', () => {
    const a = open();
    const b = open();
    f.windows.nativeEdit(b.ownerId, 'paste');
    expect([a.edits, b.edits]).toEqual([[], ['paste']]);
  });
});
