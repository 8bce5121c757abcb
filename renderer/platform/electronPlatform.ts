/**
 * The platform inside Electron: every call goes through the preload's `window.spikeboard`.
 * Main shows the native dialogs and writes atomically; this side only sees names, bytes and
 * tokens.
 */
import type { OpenResult, SaveResult, SpikeboardApi } from '../../electron/ipc/contract';
import type { OpenOutcome, Platform, SaveOutcome } from './types';

function opened(result: OpenResult): OpenOutcome {
  if (result.status !== 'opened') return result;
  const { token, name, bytes } = result.file;
  return { status: 'opened', file: { name, bytes, ref: { kind: 'electron', token } } };
}

function saved(result: SaveResult): SaveOutcome {
  if (result.status !== 'saved') return result;
  return { status: 'saved', name: result.name, ref: { kind: 'electron', token: result.token } };
}

/** A rejected invoke (main refused the call) becomes a failure the user can read. */
function failure(error: unknown): { status: 'failed'; message: string } {
  return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
}

export function electronPlatform(api: SpikeboardApi): Platform {
  return {
    kind: 'electron',
    saving: 'in-place',
    open: () => api.openFile().then(opened, failure),
    openDropped: (file) => api.openDroppedFile(file).then(opened, failure),
    openRecent: (id) => api.openRecentFile(id).then(opened, failure),
    listRecent: () => api.listRecentFiles().catch(() => []),
    save: (ref, name, text) =>
      ref.kind === 'electron'
        ? api.saveFile(ref.token, text).then(saved, failure)
        : api.saveFileAs(name, text).then(saved, failure),
    saveAs: (name, text) => api.saveFileAs(name, text).then(saved, failure),
    newWindow: () => api.newWindow(),
  };
}

/** `window.spikeboard` when the preload put it there (Electron), else null (a browser). */
export function electronApi(): SpikeboardApi | null {
  const api = (globalThis as { spikeboard?: SpikeboardApi }).spikeboard;
  return api !== undefined && typeof api.openFile === 'function' ? api : null;
}
