/**
 * Saving that cannot corrupt: the bytes go to a temporary file beside the target, are flushed to
 * the disk, and only then renamed over the target — one atomic step on every OS Spikeboard runs
 * on. A crash, a killed process, a full disk or a pulled USB stick at any moment leaves either
 * the old file, byte for byte, or the complete new one; never a mixture, never an empty file.
 */
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls a save makes; tests replace single ones to interrupt a save midway. */
export type AtomicFs = {
  open: typeof fsPromises.open;
  realpath: typeof fsPromises.realpath;
  rename: typeof fsPromises.rename;
  rm: typeof fsPromises.rm;
  stat: typeof fsPromises.stat;
};

export type AtomicWriteOptions = {
  fs?: Partial<AtomicFs>;
  /**
   * Pauses between rename attempts. Windows refuses to replace a file another program (an
   * antivirus scan, a backup tool, an editor) holds open for a moment; a short retry wins.
   */
  renameRetryDelaysMs?: readonly number[];
  /** Called after the data is written and flushed, before the rename (tests pause here). */
  beforeRename?: (tempPath: string) => Promise<void> | void;
};

/** Error codes that mean "someone holds the file right now", worth retrying the rename. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

export const DEFAULT_RENAME_RETRY_DELAYS_MS = [10, 20, 50, 100, 200, 400] as const;

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `.name.spikeboard.1a2b3c4d.tmp`: hidden, beside the target (same file system: rename is atomic). */
export function tempPathFor(target: string): string {
  const name = `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`;
  return path.join(path.dirname(target), name);
}

export async function writeFileAtomic(
  requested: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs: AtomicFs = { ...fsPromises, ...options.fs };
  // Saving through a symbolic link replaces the file it points to, not the link.
  const target = await fs.realpath(requested).catch(() => requested);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // Keep the permissions of the file being replaced (a read-only-for-others file stays so).
  const mode = await fs.stat(target).then(
    (stats) => stats.mode & 0o777,
    () => 0o666,
  );
  const temp = tempPathFor(target);
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    const handle = await fs.open(temp, 'wx', mode);
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    await renameWithRetry(fs, temp, target, options.renameRetryDelaysMs);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, path.dirname(target));
}

async function renameWithRetry(
  fs: AtomicFs,
  from: string,
  to: string,
  delaysMs: readonly number[] = DEFAULT_RENAME_RETRY_DELAYS_MS,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !TRANSIENT_RENAME_CODES.has(codeOf(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Flushes the folder entry so the rename itself survives a power cut (POSIX). Windows cannot
 * open a folder this way and needs no such step; any failure here is ignored, the data is safe.
 */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}
