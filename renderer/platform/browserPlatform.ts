/**
 * The platform in a browser. With the File System Access API (Chromium, Chromebooks): pickers,
 * writes in place through the file's handle (Chromium writes a swap file and swaps it in on
 * close, so an interrupted save leaves the old file), and recent files as stored handles.
 * Without it: upload and download.
 */
import { chooseFile, download, readBytes } from './browserFiles';
import type { KeyValueStore } from './keyValueStore';
import {
  FILE_EXTENSION,
  type FileRef,
  type OpenOutcome,
  type Platform,
  type RecentEntry,
  type SaveOutcome,
} from './types';

type PickerType = { description: string; accept: Record<string, string[]> };
type Pickers = {
  showOpenFilePicker?: (options: {
    types: PickerType[];
    excludeAcceptAllOption?: boolean;
  }) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: PickerType[];
  }) => Promise<FileSystemFileHandle>;
};
type PermissionHandle = FileSystemFileHandle & {
  queryPermission?: (d: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (d: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
};

const TYPES: PickerType[] = [
  {
    description: 'Spikeboard circuit',
    accept: { 'application/json': [FILE_EXTENSION, '.json'] },
  },
];

export const MAX_RECENT = 10;
export type RecentRecord = { handle: FileSystemFileHandle; name: string; openedAt: number };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function ensurePermission(handle: FileSystemFileHandle, mode: 'read' | 'readwrite') {
  const h = handle as PermissionHandle;
  if ((await h.queryPermission?.({ mode })) === 'granted') return true;
  return (await h.requestPermission?.({ mode })) !== 'denied';
}

async function readHandle(handle: FileSystemFileHandle): Promise<OpenOutcome> {
  try {
    const bytes = await readBytes(await handle.getFile());
    if (typeof bytes === 'string') return { status: 'failed', message: bytes };
    return {
      status: 'opened',
      file: { name: handle.name, bytes, ref: { kind: 'handle', handle } },
    };
  } catch (error) {
    return { status: 'failed', message: `Could not open "${handle.name}": ${messageOf(error)}.` };
  }
}

async function writeHandle(handle: FileSystemFileHandle, text: string): Promise<SaveOutcome> {
  try {
    if (!(await ensurePermission(handle, 'readwrite'))) {
      return { status: 'failed', message: `Could not save "${handle.name}": permission denied.` };
    }
    const writable = await handle.createWritable();
    try {
      await writable.write(text);
      await writable.close();
    } catch (error) {
      // Abort discards the swap file: the file on disk stays as it was.
      await writable.abort().catch(() => undefined);
      throw error;
    }
    return { status: 'saved', name: handle.name, ref: { kind: 'handle', handle } };
  } catch (error) {
    return {
      status: 'failed',
      message: `Could not save "${handle.name}": ${messageOf(error)}. The file on disk is unchanged.`,
    };
  }
}

export function browserPlatform(recent: KeyValueStore<RecentRecord>): Platform {
  const pickers = globalThis as unknown as Pickers;
  const remember = async (handle: FileSystemFileHandle) => {
    const all = await recent.entries().catch(() => []);
    for (const [key, record] of all) {
      if (await record.handle.isSameEntry(handle).catch(() => false)) await recent.delete(key);
    }
    await recent.put(`r_${Date.now()}_${handle.name}`, {
      handle,
      name: handle.name,
      openedAt: Date.now(),
    });
    const sorted = (await recent.entries()).sort(([, a], [, b]) => b.openedAt - a.openedAt);
    for (const [key] of sorted.slice(MAX_RECENT)) await recent.delete(key);
  };
  const opened = async (outcome: OpenOutcome) => {
    if (outcome.status === 'opened' && outcome.file.ref.kind === 'handle') {
      await remember(outcome.file.ref.handle).catch(() => undefined);
    }
    return outcome;
  };

  const saveAs = async (suggestedName: string, text: string): Promise<SaveOutcome> => {
    if (pickers.showSaveFilePicker === undefined) {
      download(suggestedName, text);
      return { status: 'saved', name: suggestedName, ref: { kind: 'download' } };
    }
    let handle: FileSystemFileHandle;
    try {
      handle = await pickers.showSaveFilePicker({ suggestedName, types: TYPES });
    } catch (error) {
      if (isAbort(error)) return { status: 'cancelled' };
      return { status: 'failed', message: `Could not save: ${messageOf(error)}.` };
    }
    const result = await writeHandle(handle, text);
    if (result.status === 'saved') await remember(handle).catch(() => undefined);
    return result;
  };

  return {
    kind: 'browser',
    saving: pickers.showSaveFilePicker === undefined ? 'download' : 'in-place',
    open: async () => {
      if (pickers.showOpenFilePicker === undefined) {
        const file = await chooseFile();
        if (file === null) return { status: 'cancelled' };
        const bytes = await readBytes(file);
        if (typeof bytes === 'string') return { status: 'failed', message: bytes };
        return { status: 'opened', file: { name: file.name, bytes, ref: { kind: 'download' } } };
      }
      try {
        const [handle] = await pickers.showOpenFilePicker({ types: TYPES });
        if (handle === undefined) return { status: 'cancelled' };
        return opened(await readHandle(handle));
      } catch (error) {
        if (isAbort(error)) return { status: 'cancelled' };
        return { status: 'failed', message: `Could not open: ${messageOf(error)}.` };
      }
    },
    openDropped: async (file) => {
      const bytes = await readBytes(file);
      if (typeof bytes === 'string') return { status: 'failed', message: bytes };
      return { status: 'opened', file: { name: file.name, bytes, ref: { kind: 'download' } } };
    },
    openRecent: async (id) => {
      const record = await recent.get(id);
      if (record === undefined) {
        return { status: 'failed', message: 'That file is no longer in the recent list.' };
      }
      if (!(await ensurePermission(record.handle, 'read').catch(() => false))) {
        return { status: 'failed', message: `Could not open "${record.name}": permission denied.` };
      }
      const outcome = await readHandle(record.handle);
      if (outcome.status === 'failed') await recent.delete(id);
      return opened(outcome);
    },
    listRecent: async (): Promise<RecentEntry[]> => {
      const all = await recent.entries().catch(() => []);
      return all
        .sort(([, a], [, b]) => b.openedAt - a.openedAt)
        .map(([id, record]) => ({ id, name: record.name, folder: null }));
    },
    save: (ref: FileRef, name: string, text: string) => {
      if (ref.kind === 'handle') return writeHandle(ref.handle, text);
      return saveAs(name, text);
    },
    saveAs,
  };
}
