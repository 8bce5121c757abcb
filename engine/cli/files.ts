import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class CliError extends Error {
  override name = 'CliError';
}

/** The file's bytes: the schema decodes them strictly, so invalid UTF-8 is reported, not replaced. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reason(error)}`);
  }
}

/**
 * Writes the whole output or nothing: a temporary file beside the target, then a rename over it,
 * so an interrupted or failed run never leaves a partial file where a good one was expected.
 */
export async function writeTextAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError(`cannot write ${path}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    const known: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EISDIR: 'it is a folder',
      ENOTDIR: 'a part of the path is not a folder',
      EROFS: 'read-only file system',
    };
    return known[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
