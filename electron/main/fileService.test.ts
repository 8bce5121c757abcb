import { mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PROJECT_FILE_BYTES, type OpenResult, type SaveResult } from '../ipc/contract';
import { createMainFixture, type MainFixture } from '../testing/mainDeps';
import { FileService } from './fileService';

let f: MainFixture;
const A = 1;
const B = 2;
const TEXT = '{\n  "formatVersion": 2,\n  "name": "A"\n}\n';

beforeEach(async () => {
  f = await createMainFixture();
});
afterEach(async () => {
  await f.cleanup();
});

function opened(result: OpenResult) {
  if (result.status !== 'opened') throw new Error(`not opened: ${JSON.stringify(result)}`);
  return result.file;
}
function saved(result: SaveResult) {
  if (result.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result;
}

describe('open', () => {
  it('reads the chosen file as bytes, with a token and the name, never the path', async () => {
    const file = path.join(f.dir, 'circuit.spikeboard');
    await writeFile(file, TEXT);
    f.dialogAnswers.open.push(file);
    const result = opened(await f.files.open(A));
    expect(new TextDecoder().decode(result.bytes)).toBe(TEXT);
    expect(result.name).toBe('circuit.spikeboard');
    expect(result.token).toMatch(/^f_[0-9a-f]{32}$/);
    expect(JSON.stringify(result)).not.toContain(f.dir);
    expect(f.tokens.resolve(A, result.token)).toBe(file);
    expect(f.tokens.resolve(B, result.token)).toBeUndefined();
    expect(f.recent.list().map((r) => r.name)).toEqual(['circuit.spikeboard']);
  });

  it('is cancelled when the dialog is', async () => {
    expect(await f.files.open(A)).toEqual({ status: 'cancelled' });
  });

  it('names the file and the reason when it cannot be read', async () => {
    const missing = path.join(f.dir, 'gone.spikeboard');
    expect(await f.files.openPath(A, missing)).toEqual({
      status: 'failed',
      message: 'Could not open "gone.spikeboard": it does not exist (moved, renamed or deleted?).',
    });
    await mkdir(path.join(f.dir, 'folder.spikeboard'));
    expect(await f.files.openPath(A, path.join(f.dir, 'folder.spikeboard'))).toEqual({
      status: 'failed',
      message: 'Could not open "folder.spikeboard": it is not a file.',
    });
  });

  it('refuses files over the size limit without reading them', async () => {
    const huge = path.join(f.dir, 'huge.spikeboard');
    await writeFile(huge, '');
    await truncate(huge, MAX_PROJECT_FILE_BYTES + 1);
    const result = await f.files.openPath(A, huge);
    expect(result).toEqual({
      status: 'failed',
      message:
        'Could not open "huge.spikeboard": it is 64.0 MB; Spikeboard files are at most 64.0 MB.',
    });
  });

  it('opens a recent file by id, and drops a recent file that vanished', async () => {
    const file = path.join(f.dir, 'r.spikeboard');
    await writeFile(file, TEXT);
    opened(await f.files.openPath(A, file));
    const [entry] = f.recent.list();
    expect(opened(await f.files.openRecent(B, entry!.id)).name).toBe('r.spikeboard');
    await rm(file);
    expect((await f.files.openRecent(A, entry!.id)).status).toBe('failed');
    expect(f.recent.list()).toEqual([]);
    expect(await f.files.openRecent(A, 'r_000000000000000000000000')).toEqual({
      status: 'failed',
      message: 'That file is no longer in the recent list.',
    });
  });

  it('opens dropped project files only', async () => {
    const file = path.join(f.dir, 'dropped.spikeboard');
    const other = path.join(f.dir, 'secrets.txt');
    await writeFile(file, TEXT);
    await writeFile(other, 'private');
    expect(opened(await f.files.openDropped(A, file)).name).toBe('dropped.spikeboard');
    expect(await f.files.openDropped(A, other)).toEqual({
      status: 'failed',
      message: 'Could not open "secrets.txt": Spikeboard opens .spikeboard files.',
    });
  });
});

describe('save and save as', () => {
  it('save as: dialog starts at the suggested name, adds the extension, returns a token', async () => {
    f.dialogAnswers.save.push(path.join(f.dir, 'mine'));
    const result = saved(await f.files.saveAs(A, 'My circuit', TEXT));
    expect(f.dialogCalls.save).toEqual([path.join(f.dir, 'My circuit.spikeboard')]);
    expect(result.name).toBe('mine.spikeboard');
    expect(await readFile(path.join(f.dir, 'mine.spikeboard'), 'utf8')).toBe(TEXT);
    // Save with the token writes the same file again.
    saved(await f.files.save(A, result.token, `${TEXT}\n`));
    expect(await readFile(path.join(f.dir, 'mine.spikeboard'), 'utf8')).toBe(`${TEXT}\n`);
    expect((await readdir(f.dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('save as cancelled writes nothing', async () => {
    expect(await f.files.saveAs(A, 'x', TEXT)).toEqual({ status: 'cancelled' });
    expect((await readdir(f.dir)).filter((n) => n.endsWith('.spikeboard'))).toEqual([]);
  });

  it("a window cannot save through another window's token, nor an invented one", async () => {
    f.dialogAnswers.save.push(path.join(f.dir, 'a.spikeboard'));
    const { token } = saved(await f.files.saveAs(A, 'a', TEXT));
    for (const [owner, t] of [
      [B, token],
      [A, `f_${'0'.repeat(32)}`],
    ] as const) {
      expect(await f.files.save(owner, t, 'overwrite!')).toEqual({
        status: 'failed',
        message: 'This window has no such file; use Save As.',
      });
    }
    expect(await readFile(path.join(f.dir, 'a.spikeboard'), 'utf8')).toBe(TEXT);
  });

  it('a failed save says so, names the file, and leaves the old file as it was', async () => {
    const file = path.join(f.dir, 'keep.spikeboard');
    await writeFile(file, TEXT);
    const token = opened(await f.files.openPath(A, file)).token;
    const failing = new FileService({
      tokens: f.tokens,
      recent: f.recent,
      dialogs: { showOpen: async () => null, showSave: async () => null },
      defaultFolder: f.dir,
      writeOptions: {
        fs: {
          rename: async () => {
            throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
          },
        },
      },
    });
    expect(await failing.save(A, token, 'new text')).toEqual({
      status: 'failed',
      message: 'Could not save "keep.spikeboard": the disk is full. The file on disk is unchanged.',
    });
    expect(await readFile(file, 'utf8')).toBe(TEXT);
  });

  it('refuses text that would exceed the size limit', async () => {
    f.dialogAnswers.save.push(path.join(f.dir, 'big.spikeboard'));
    const result = await f.files.saveAs(A, 'big', 'é'.repeat(MAX_PROJECT_FILE_BYTES / 2 + 1));
    expect(result.status).toBe('failed');
  });

  it('the next dialog starts in the folder of the last file', async () => {
    await mkdir(path.join(f.dir, 'course'));
    f.dialogAnswers.save.push(path.join(f.dir, 'course', 'lab1.spikeboard'));
    saved(await f.files.saveAs(A, 'lab1', TEXT));
    await f.files.open(A);
    expect(f.dialogCalls.open).toEqual([path.join(f.dir, 'course')]);
  });
});
