/**
 * The editor's one store: the open circuit document and the edits made to it. Canvas, inspector
 * and simulation read it through narrow selectors (`useEditorStore((s) => s.document)`).
 */
import { create } from 'zustand';
import { parseCircuitJson, type CircuitDocument } from '../../engine/schema';
import { LIF_VERSUS_LI } from '../project/examples';

export interface EditorState {
  /** The circuit as it would be saved; every edit produces a new document object. */
  document: CircuitDocument;
  /** Replaces the whole document (open, new, example). */
  replaceDocument: (document: CircuitDocument) => void;
}

function initialDocument(): CircuitDocument {
  const parsed = parseCircuitJson(LIF_VERSUS_LI.text);
  if (!parsed.ok)
    throw new Error(`the shipped example does not parse: ${parsed.errors[0]?.message}`);
  return parsed.document;
}

export const useEditorStore = create<EditorState>()((set) => ({
  document: initialDocument(),
  replaceDocument: (document) => set({ document }),
}));
