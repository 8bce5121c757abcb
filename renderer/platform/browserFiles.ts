/**
 * Browser file access without the File System Access API: an <input type=file> to upload, an
 * <a download> to save. Used where `showOpenFilePicker` does not exist (Firefox, Safari).
 */
import { FILE_EXTENSION, MAX_FILE_BYTES } from './types';

export const ACCEPT = `${FILE_EXTENSION},.json,application/json`;

/** Resolves with the chosen file, or null when the user closes the chooser. */
export function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

export async function readBytes(file: File): Promise<Uint8Array | string> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return `Could not open "${file.name}": it is ${mb(file.size)}; Spikeboard files are at most ${mb(MAX_FILE_BYTES)}.`;
  }
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return `Could not open "${file.name}": ${error instanceof Error ? error.message : String(error)}.`;
  }
}

/** Offers `text` as a download named `name` (the browser decides the folder). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: the download may read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
