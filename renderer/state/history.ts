/**
 * Undo history as two stacks of whole documents. Documents are immutable and edits share every
 * untouched node, so a snapshot costs one array and the changed objects. Each entry names the
 * edit it undoes ("Move 2 nodes"), for the Edit buttons' tooltips and the help overlay.
 */
import type { CircuitDocument } from '../../engine/schema';

export interface HistoryEntry {
  /** The document to return to. */
  document: CircuitDocument;
  /** The edit that moving to/from this entry undoes or redoes. */
  label: string;
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Older steps are dropped beyond this many. */
export const HISTORY_LIMIT = 200;

/** Records that `label` turned `before` into the current document; clears the redo stack. */
export function record(history: History, before: CircuitDocument, label: string): History {
  const past = [...history.past, { document: before, label }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
}

export interface Travel {
  history: History;
  document: CircuitDocument;
  label: string;
}

export function undo(history: History, current: CircuitDocument): Travel | null {
  const entry = history.past[history.past.length - 1];
  if (entry === undefined) return null;
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { document: current, label: entry.label }],
    },
    document: entry.document,
    label: entry.label,
  };
}

export function redo(history: History, current: CircuitDocument): Travel | null {
  const entry = history.future[history.future.length - 1];
  if (entry === undefined) return null;
  return {
    history: {
      past: [...history.past, { document: current, label: entry.label }],
      future: history.future.slice(0, -1),
    },
    document: entry.document,
    label: entry.label,
  };
}
