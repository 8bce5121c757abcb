/**
 * `window.__spikeboard.document()` and `window.__spikeboard.editor`: the editor's document and
 * selection for end-to-end tests and the drag benchmark, read as data rather than pixels. It
 * exposes nothing a user cannot see or do (replacing the document is what opening a file does).
 */
import { parseCircuit, type CircuitDocument } from '../../engine/schema';
import type { Selection } from '../commands/types';
import { installTestHook } from '../scopes/testHook';
import { useEditorStore } from './editorStore';

export interface EditorTestHook {
  /** A copy of the open document, as it would be saved. */
  document(): CircuitDocument;
  selection(): Selection;
  /** Opens a document as a file would (fresh undo history). */
  replaceDocument(document: CircuitDocument): void;
  /** Parses a circuit (any shape) and opens it; returns the located errors, empty when opened. */
  open(value: unknown): string[];
  /** Labels of the undo and redo steps, oldest first. */
  history(): { undo: string[]; redo: string[] };
}

declare module '../scopes/testHook' {
  interface SpikeboardTestHook {
    document?: () => CircuitDocument;
    editor?: EditorTestHook;
  }
}

export function installEditorTestHook(): void {
  const editor: EditorTestHook = {
    document: () => structuredClone(useEditorStore.getState().document),
    selection: () => structuredClone(useEditorStore.getState().selection),
    replaceDocument: (document) => useEditorStore.getState().replaceDocument(document),
    open: (value) => {
      const parsed = parseCircuit(value);
      if (!parsed.ok) return parsed.errors.map((e) => `${e.path}: ${e.message}`);
      useEditorStore.getState().replaceDocument(parsed.document);
      return [];
    },
    history: () => {
      const { past, future } = useEditorStore.getState().history;
      return { undo: past.map((e) => e.label), redo: future.map((e) => e.label).reverse() };
    },
  };
  installTestHook({ editor, document: editor.document });
}
