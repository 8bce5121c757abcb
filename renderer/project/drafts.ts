/**
 * Drafts: unsaved work copied to browser storage (IndexedDB, in Electron too) every few seconds
 * and when the window loses focus, one draft per window session. A clean save or "Don't save"
 * deletes it; a crash or a killed process leaves it, and the next start offers it back.
 */
import type { KeyValueStore } from '../platform/keyValueStore';
import type { FileRef } from '../platform/types';

export interface DraftRecord {
  sessionId: string;
  /** Milliseconds since 1970, when the draft was written. */
  savedAtMs: number;
  /** The file it belongs to, if it was opened or saved ("lab1.spikeboard"), else null. */
  fileName: string | null;
  /** The circuit's own name, for the restore prompt. */
  documentName: string;
  /** The document as it would be saved (serializeCircuit). */
  text: string;
  /** A browser file handle (File System Access API) to save back to; never an Electron token. */
  handle?: FileSystemFileHandle;
}

export interface Drafts {
  write(draft: DraftRecord): Promise<void>;
  discard(sessionId: string): Promise<void>;
  /** Drafts whose window is gone: these are offered for restoring, newest first. */
  orphans(ownSessionId: string): Promise<DraftRecord[]>;
}

export function createDrafts(
  store: KeyValueStore<DraftRecord>,
  liveSessions: () => Promise<Set<string>>,
): Drafts {
  return {
    write: (draft) => store.put(draft.sessionId, draft),
    discard: (sessionId) => store.delete(sessionId),
    orphans: async (own) => {
      const [entries, live] = await Promise.all([store.entries(), liveSessions()]);
      return entries
        .map(([, draft]) => draft)
        .filter((d) => d.sessionId !== own && !live.has(d.sessionId) && typeof d.text === 'string')
        .sort((a, b) => b.savedAtMs - a.savedAtMs);
    },
  };
}

/** The browser handle of a file reference, the only kind of reference a draft can keep. */
export function handleOf(ref: FileRef | null): FileSystemFileHandle | undefined {
  return ref?.kind === 'handle' ? ref.handle : undefined;
}
