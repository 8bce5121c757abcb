import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite';

let dir: string;
const OLD = '{\n  "formatVersion": 2,\n  "name": "the old file"\n}\n';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'spikeboard-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const target = () => path.join(dir, 'circuit.spikeboard');
const leftovers = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
const ioError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** An `open` whose file handles fail at `stage` after writing part of the data. */
function failingOpen(stage: 'write' | 'sync'): typeof fsPromises.open {
  return (async (file: string, flags: string, mode?: number) => {
    const handle = await fsPromises.open(file, flags, mode);
    if (flags !== 'wx') return handle;
    return Object.assign(Object.create(handle) as typeof handle, {
      write: async (buffer: Uint8Array, offset: number, length: number) => {
        if (stage === 'sync') return handle.write(buffer, offset, length);
        await handle.write(buffer, offset, Math.floor(length / 3));
        throw ioError('ENOSPC');
      },
      sync: async () => {
        if (stage === 'sync') throw ioError('EIO');
        return handle.sync();
      },
      close: () => handle.close(),
    });
  }) as typeof fsPromises.open;
}

describe('writeFileAtomic', () => {
  it('creates a new file, and replaces an existing one completely', async () => {
    await writeFileAtomic(target(), 'first');
    expect(await readFile(target(), 'utf8')).toBe('first');
    await writeFileAtomic(target(), 'second, longer than the first');
    expect(await readFile(target(), 'utf8')).toBe('second, longer than the first');
    await writeFileAtomic(target(), new Uint8Array([0x7b, 0x7d]));
    expect(await readFile(target(), 'utf8')).toBe('{}');
    expect(await leftovers()).toEqual([]);
  });

  for (const stage of ['write', 'sync'] as const) {
    it(`a save interrupted at ${stage} leaves the old file byte-identical and no temp file`, async () => {
      await writeFile(target(), OLD);
      const big = 'x'.repeat(1_000_000);
      await expect(
        writeFileAtomic(target(), big, { fs: { open: failingOpen(stage) } }),
      ).rejects.toMatchObject({ code: stage === 'write' ? 'ENOSPC' : 'EIO' });
      expect(await readFile(target(), 'utf8')).toBe(OLD);
      expect(await leftovers()).toEqual([]);
    });
  }

  it('retries a rename the OS refuses for a moment (a scanner holding the file)', async () => {
    await writeFile(target(), OLD);
    let refusals = 0;
    const rename: typeof fsPromises.rename = async (from, to) => {
      if (refusals++ < 3) throw ioError('EBUSY');
      return fsPromises.rename(from, to);
    };
    await writeFileAtomic(target(), 'new', { fs: { rename }, renameRetryDelaysMs: [1, 1, 1, 1] });
    expect(refusals).toBe(4);
    expect(await readFile(target(), 'utf8')).toBe('new');
    expect(await leftovers()).toEqual([]);
  });

  it('gives up after the last retry, keeping the old file', async () => {
    await writeFile(target(), OLD);
    const rename: typeof fsPromises.rename = async () => {
      throw ioError('EPERM');
    };
    await expect(
      writeFileAtomic(target(), 'new', { fs: { rename }, renameRetryDelaysMs: [1, 1] }),
    ).rejects.toMatchObject({ code: 'EPERM' });
    expect(await readFile(target(), 'utf8')).toBe(OLD);
    expect(await leftovers()).toEqual([]);
  });

  it('does not retry errors that will not go away', async () => {
    let attempts = 0;
    const rename: typeof fsPromises.rename = async () => {
      attempts++;
      throw ioError('ENOENT');
    };
    await expect(writeFileAtomic(target(), 'x', { fs: { rename } })).rejects.toThrow();
    expect(attempts).toBe(1);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(
      writeFileAtomic(path.join(dir, 'missing', 'a.spikeboard'), 'x'),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      await writeFile(target(), OLD);
      await chmod(target(), 0o640);
      await writeFileAtomic(target(), 'new');
      expect((await stat(target())).mode & 0o777).toBe(0o640);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'saving through a symbolic link replaces the file it points to',
    async () => {
      await writeFile(target(), OLD);
      const link = path.join(dir, 'link.spikeboard');
      await symlink(target(), link);
      await writeFileAtomic(link, 'through the link');
      expect(await readFile(target(), 'utf8')).toBe('through the link');
      expect((await fsPromises.lstat(link)).isSymbolicLink()).toBe(true);
    },
  );
});

describe('a process killed during a save', () => {
  const root = path.resolve(import.meta.dirname, '..', '..');
  let child: string;

  beforeEach(async () => {
    child = path.join(dir, 'killDuringSave.mjs');
    execFileSync(
      path.join(root, 'node_modules', '.bin', 'esbuild'),
      [
        path.join(root, 'electron', 'testing', 'killDuringSave.ts'),
        '--bundle',
        '--platform=node',
        '--format=esm',
        `--outfile=${child}`,
        '--log-level=warning',
      ],
      { cwd: root },
    );
  });

  for (const stage of ['mid-write', 'before-rename'] as const) {
    it(`killed ${stage}: the old file is byte-identical`, async () => {
      const old = Buffer.from(OLD.repeat(1000));
      await writeFile(target(), old);
      const proc = spawn(process.execPath, [child, target(), stage, String(8_000_000)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      proc.stdout.setEncoding('utf8');
      proc.stdout.on('data', (chunk: string) => (out += chunk));
      await new Promise<void>((resolve, reject) => {
        proc.stdout.on('data', () => out.includes('stopped') && resolve());
        proc.on('exit', () => reject(new Error(`child exited early: ${out}`)));
      });
      proc.kill('SIGKILL');
      await once(proc, 'exit');
      expect((await readFile(target())).equals(old)).toBe(true);
      // The half-written temporary file is all that is left: hidden, beside the target.
      const temps = await leftovers();
      expect(temps).toHaveLength(1);
      expect(temps[0]).toMatch(/^\.circuit\.spikeboard\.[0-9a-f]{8}\.tmp$/);
    });
  }

  it('not killed: the same child completes the save', async () => {
    await writeFile(target(), OLD);
    execFileSync(process.execPath, [child, target(), 'none', '1000']);
    expect(await readFile(target(), 'utf8')).toBe('n'.repeat(1000));
  });
});
