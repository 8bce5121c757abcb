/**
 * How the window reaches files, whatever it runs in: Electron (through the preload's
 * `window.spikeboard`, files named by opaque tokens) or a browser (the File System Access API
 * where it exists, upload and download where it does not). project/ talks only to this.
 */

/** Where a document's file lives, so Save can write it again; never a path. */
export type FileRef =
  | { kind: 'electron'; token: string }
  | { kind: 'handle'; handle: FileSystemFileHandle }
  /** Opened by upload or saved by download: Save downloads again under the same name. */
  | { kind: 'download' };

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  ref: FileRef;
}

export type OpenOutcome =
  | { status: 'opened'; file: LoadedFile }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type SaveOutcome =
  | { status: 'saved'; name: string; ref: FileRef }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface RecentEntry {
  id: string;
  name: string;
  /** A hint where it is (the folder's name), when the platform knows it. */
  folder: string | null;
}

export interface Platform {
  kind: 'electron' | 'browser';
  /** How files are saved, for the UI's words ("Save" writes in place, or downloads). */
  saving: 'in-place' | 'download';
  open(): Promise<OpenOutcome>;
  openDropped(file: File): Promise<OpenOutcome>;
  openRecent(id: string): Promise<OpenOutcome>;
  listRecent(): Promise<RecentEntry[]>;
  save(ref: FileRef, name: string, text: string): Promise<SaveOutcome>;
  saveAs(suggestedName: string, text: string): Promise<SaveOutcome>;
  /** Electron: New opens another window (one window per document). Browsers have none. */
  newWindow?: () => Promise<void>;
}

/** The largest project file the app opens (the same limit Electron main enforces). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const FILE_EXTENSION = '.spikeboard';

/** "LIF versus LI" → "LIF versus LI.spikeboard"; characters no OS allows in a name become "-". */
export function fileNameFor(documentName: string): string {
  const base = [...documentName]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '-' : c))
    .join('')
    .trim()
    .slice(0, 120);
  const name = base === '' || base === '.' || base === '..' ? 'circuit' : base;
  return name.toLowerCase().endsWith(FILE_EXTENSION) ? name : `${name}${FILE_EXTENSION}`;
}
