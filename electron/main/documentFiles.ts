/**
 * Reading and writing project files for the renderer: main moves bytes, the renderer parses
 * them. Every failure becomes one sentence the user can act on, naming the file.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_PROJECT_FILE_BYTES } from '../ipc/contract';
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';

export type ReadOutcome =
  { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };

export type WriteOutcome = { ok: true; name: string } | { ok: false; message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist (moved, renamed or deleted?)',
  EACCES: 'permission denied',
  EPERM: 'the operating system refused (is it open in another program?)',
  EBUSY: 'another program is using it',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an error',
};

export function reasonOf(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : undefined;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a whole project file, refusing folders, devices and files over the size limit. */
export async function readProjectFile(filePath: string): Promise<ReadOutcome> {
  const name = path.basename(filePath);
  try {
    const info = await stat(filePath);
    if (!info.isFile())
      return { ok: false, message: `Could not open "${name}": it is not a file.` };
    if (info.size > MAX_PROJECT_FILE_BYTES) {
      return {
        ok: false,
        message: `Could not open "${name}": it is ${megabytes(info.size)}; Spikeboard files are at most ${megabytes(MAX_PROJECT_FILE_BYTES)}.`,
      };
    }
    // Read through one handle and stop at the limit, in case the file grows meanwhile.
    const handle = await open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(info.size, MAX_PROJECT_FILE_BYTES) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) {
          return {
            ok: false,
            message: `Could not open "${name}": it changed size while being read; try again.`,
          };
        }
      }
      return { ok: true, name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, message: `Could not open "${name}": ${reasonOf(error)}.` };
  }
}

export async function writeProjectFile(
  filePath: string,
  text: string,
  options?: AtomicWriteOptions,
): Promise<WriteOutcome> {
  const name = path.basename(filePath);
  try {
    await writeFileAtomic(filePath, text, options);
    return { ok: true, name };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : reasonOf(error);
    return {
      ok: false,
      message: `Could not save "${name}": ${reason}. The file on disk is unchanged.`,
    };
  }
}

export const PROJECT_EXTENSION = '.spikeboard';

/** A save dialog may return a name without the extension; add it (but keep ".json" files). */
export function withProjectExtension(filePath: string): string {
  const ext = path.extname(filePath).toLowerCase();
  return ext === PROJECT_EXTENSION || ext === '.json'
    ? filePath
    : `${filePath}${PROJECT_EXTENSION}`;
}
