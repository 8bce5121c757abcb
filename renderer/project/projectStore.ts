/**
 * The open document's file: its name, where it lives (a FileRef, never a path), the document as
 * last opened or saved (`baseline`, to tell unsaved changes), and what the window says about
 * files — a message, the Save / Don't save / Cancel question, drafts to restore.
 *
 * "Unsaved changes" is `editor document !== baseline`: every edit makes a new document object,
 * and undoing back to the saved state returns the very object that was saved.
 */
import { create } from 'zustand';
import type { CircuitDocument } from '../../engine/schema';
import type { FileRef } from '../platform/types';
import { useEditorStore } from '../state/editorStore';
import type { DraftRecord } from './drafts';

export interface ProjectMessage {
  id: number;
  tone: 'error' | 'info';
  text: string;
  /** Further problems, one per line (the first is in `text`). */
  details: string[];
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface UnsavedQuestion {
  /** What the user is about to do: "open another file", "close this window". */
  action: string;
  answer: (choice: UnsavedChoice) => void;
}

export interface ProjectState {
  /** A random id of this window's session: the key of its draft and of its liveness lock. */
  sessionId: string;
  fileName: string | null;
  ref: FileRef | null;
  /** The document as last opened or saved; null when it was never saved (a restored draft). */
  baseline: CircuitDocument | null;
  message: ProjectMessage | null;
  question: UnsavedQuestion | null;
  restorable: DraftRecord[];
  /** A file operation is running (a dialog is open, a save is writing). */
  busy: boolean;
  /** The document now in the editor came from this file (or none): it is saved. */
  setFile: (fileName: string | null, ref: FileRef | null, baseline: CircuitDocument | null) => void;
  showMessage: (tone: ProjectMessage['tone'], text: string, details?: string[]) => void;
  dismissMessage: () => void;
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const useProjectStore = create<ProjectState>()((set, get) => ({
  sessionId: randomId(),
  fileName: null,
  ref: null,
  baseline: useEditorStore.getState().document,
  message: null,
  question: null,
  restorable: [],
  busy: false,
  setFile: (fileName, ref, baseline) => set({ fileName, ref, baseline }),
  showMessage: (tone, text, details = []) =>
    set({ message: { id: (get().message?.id ?? 0) + 1, tone, text, details } }),
  dismissMessage: () => set({ message: null }),
}));

export function isDirty(): boolean {
  return useEditorStore.getState().document !== useProjectStore.getState().baseline;
}

/** React: true while the document differs from its file. */
export function useDirty(): boolean {
  const document = useEditorStore((s) => s.document);
  const baseline = useProjectStore((s) => s.baseline);
  return document !== baseline;
}

/** What the title bar and the header call the document: its file, else its name. */
export function displayName(fileName: string | null, document: CircuitDocument): string {
  return fileName ?? document.name;
}
