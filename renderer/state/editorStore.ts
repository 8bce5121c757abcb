/**
 * The editor's one store: the open circuit document, the selection and the undo history. Every
 * change to the document is a named command (renderer/commands) run through `execute`, which
 * records it as one undo step; a gesture (a slider scrub) groups its edits into one step.
 * Canvas, inspector and simulation read the store through narrow selectors
 * (`useEditorStore((s) => s.document)`).
 */
import { create } from 'zustand';
import type { CircuitDocument } from '../../engine/schema';
import {
  EMPTY_SELECTION,
  type EditCommand,
  type EditOutcome,
  type Selection,
} from '../commands/types';
import { lockRefusal } from '../lesson/locks';
import { emptyDocument } from './emptyDocument';
import { EMPTY_HISTORY, record, redo, undo, type History } from './history';

export interface EditorState {
  /** The circuit as it would be saved; every edit produces a new document object. */
  document: CircuitDocument;
  /** Replaces the whole document (open, example) and starts a fresh history. */
  replaceDocument: (document: CircuitDocument) => void;
  /** The document as last replaced (opened): what "Reset lesson" goes back to. */
  opened: CircuitDocument;
  selection: Selection;
  history: History;
  /** Open while a gesture (slider scrub) runs: the document before it, and its last edit. */
  gesture: { before: CircuitDocument; label: string | null } | null;
  /**
   * Applies a command: one undo step (or part of the open gesture). Refusals change nothing;
   * an edit that breaks the open lesson's locks (renderer/lesson/locks.ts) is refused too.
   */
  execute: (command: EditCommand) => EditOutcome;
  beginGesture: () => void;
  /** Closes the gesture: its edits become one undo step (none if nothing changed). */
  endGesture: () => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection) => void;
}

/** The selection restricted to what exists in `doc` (after undo, delete, replace). */
function existing(selection: Selection, doc: CircuitDocument): Selection {
  const nodes = new Set(doc.nodes.map((n) => n.id));
  const edges = new Set(doc.edges.map((e) => e.id));
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
  const same =
    nodeIds.length === selection.nodeIds.length && edgeIds.length === selection.edgeIds.length;
  return same ? selection : { nodeIds, edgeIds };
}

/** A window opens on the empty circuit, which the start screen covers (renderer/examples). */
const INITIAL_DOCUMENT = emptyDocument();

export const useEditorStore = create<EditorState>()((set, get) => ({
  document: INITIAL_DOCUMENT,
  opened: INITIAL_DOCUMENT,
  selection: EMPTY_SELECTION,
  history: EMPTY_HISTORY,
  gesture: null,

  replaceDocument: (document) =>
    set({
      document,
      opened: document,
      history: EMPTY_HISTORY,
      gesture: null,
      selection: EMPTY_SELECTION,
    }),

  execute: (command) => {
    const state = get();
    const outcome = command.apply(state.document);
    if (!outcome.ok) return outcome;
    const next = outcome.document;
    const locked = next === state.document ? null : lockRefusal(state.document, next);
    if (locked !== null) return { ok: false, error: locked };
    const selection = existing(outcome.select ?? state.selection, next);
    if (next === state.document) {
      if (selection !== state.selection) set({ selection });
      return outcome;
    }
    if (state.gesture !== null) {
      set({ document: next, selection, gesture: { ...state.gesture, label: command.label } });
    } else {
      set({
        document: next,
        selection,
        history: record(state.history, state.document, command.label),
      });
    }
    return outcome;
  },

  beginGesture: () => {
    if (get().gesture === null) set({ gesture: { before: get().document, label: null } });
  },

  endGesture: () => {
    const { gesture, document, history } = get();
    if (gesture === null) return;
    const changed = gesture.label !== null && gesture.before !== document;
    set({
      gesture: null,
      history: changed ? record(history, gesture.before, gesture.label!) : history,
    });
  },

  undo: () => {
    get().endGesture();
    const { history, document, selection } = get();
    const travel = undo(history, document);
    if (travel === null) return;
    set({
      document: travel.document,
      history: travel.history,
      selection: existing(selection, travel.document),
    });
  },

  redo: () => {
    get().endGesture();
    const { history, document, selection } = get();
    const travel = redo(history, document);
    if (travel === null) return;
    set({
      document: travel.document,
      history: travel.history,
      selection: existing(selection, travel.document),
    });
  },

  select: (selection) => set({ selection: existing(selection, get().document) }),
}));
